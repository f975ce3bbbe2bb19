package org.corebalance.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The one place that reads the CSRF token for a form. Reading the token's value creates a
 * session, so a form on a page anonymous readers also see carries it only when the reader already
 * has one (a signed-in coach); anonymous readers' posts are checked by the cross-site guard instead.
 */
public final class CsrfTokens {

    private CsrfTokens() {
    }

    /** The token for a form only signed-in people (or people about to sign in) send. */
    public static CsrfToken of(HttpServletRequest request) {
        return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    /** The token for a form on a page anonymous readers also see: null unless the request has a session. */
    public static CsrfToken ifSession(HttpServletRequest request) {
        return request.getSession(false) == null ? null : of(request);
    }
}
