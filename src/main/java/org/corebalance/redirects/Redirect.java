package org.corebalance.redirects;

import java.time.Instant;

/** A stored redirect: from an old address (a path) to a page of this site, and how often readers used it. */
record Redirect(long id, String oldPath, String target, long hits, Instant lastHitAt, Instant createdAt) {

    /** The path the target names, without its query or fragment. */
    String targetPath() {
        return TypedAddress.pathOf(target);
    }
}
