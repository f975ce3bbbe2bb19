package org.corebalance.system;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The forms anonymous readers post from public pages. Public pages are identical for every reader
 * (cacheable, no session), so these forms cannot carry a per-session CSRF token; they are
 * protected by {@link CrossSiteFormGuard} instead. Every other POST, and any post from someone
 * with a session (a signed-in coach or member), needs a CSRF token.
 */
final class PublicForms {

    /** Anonymous posts to these forms (no session) are exempt from the session-bound CSRF token. */
    static final RequestMatcher WITHOUT_SESSION = request -> PublicForms.MATCHER.matches(request)
            && request.getSession(false) == null;

    static final RequestMatcher MATCHER = new OrRequestMatcher(
            pathPattern(HttpMethod.POST, "/newsletter"),
            pathPattern(HttpMethod.POST, "/newsletter/confirm"),
            pathPattern(HttpMethod.POST, "/contact"),
            pathPattern(HttpMethod.POST, "/assessment/**"),
            pathPattern(HttpMethod.POST, "/blog/*/comments"));

    /**
     * The one-click unsubscribes of RFC 8058 (newsletter, reply notices): mail programs post them from anywhere, with no session
     * and no Origin we know. The random token in its address is all it needs and all it can do.
     */
    static final RequestMatcher ONE_CLICK_UNSUBSCRIBE = new OrRequestMatcher(
            pathPattern(HttpMethod.POST, "/newsletter/unsubscribe"),
            pathPattern(HttpMethod.POST, "/comments/stop"));

    private PublicForms() {
    }
}
