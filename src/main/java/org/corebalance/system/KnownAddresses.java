package org.corebalance.system;

import java.util.Optional;

/**
 * A module's say about addresses on this site, asked by {@code system} (in {@code @Order}) without
 * knowing any module's URLs: where an address that would otherwise answer "not found" went, and
 * whether an address is one of the module's live pages, which nothing may redirect away.
 */
public interface KnownAddresses {

    /**
     * Where a GET for {@code path} should go instead (a path on this site, starting with one
     * {@code /}), or empty. Asked only when the request would otherwise answer 404, so it costs
     * nothing on live pages. {@code path} is as the reader sent it (percent-encoded, any case),
     * with single slashes and no trailing slash.
     */
    default Optional<String> movedTo(String path) {
        return Optional.empty();
    }

    /** Whether {@code path} (as for {@link #movedTo}) is a page of this module that readers may open now. */
    default boolean isPage(String path) {
        return false;
    }
}
