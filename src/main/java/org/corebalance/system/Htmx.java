package org.corebalance.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place that tells an htmx request from a plain one. htmx is an enhancement: every form
 * works without it, and with it the same handler answers with a part of the page.
 */
public final class Htmx {

    /** The header htmx sends with every request it makes. */
    public static final String REQUEST_HEADER = "HX-Request";

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader(REQUEST_HEADER) != null;
    }
}
