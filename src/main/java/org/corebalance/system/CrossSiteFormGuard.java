package org.corebalance.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses cross-site posts to anonymous public forms without any server session, using what
 * browsers say about where a request comes from: Fetch Metadata ({@code Sec-Fetch-Site}) first,
 * then {@code Origin}, then {@code Referer}. A request with none of them cannot come from a
 * victim's browser on another site, so it is let through.
 */
class CrossSiteFormGuard extends OncePerRequestFilter {

    private final RequestMatcher forms;
    private final String trustedOrigin;

    CrossSiteFormGuard(RequestMatcher forms, String baseUrl) {
        this.forms = forms;
        this.trustedOrigin = origin(baseUrl);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !forms.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSameSite(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "This form can only be sent from a page of this site.");
        }
    }

    boolean isSameSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            return isOwn(origin, request);
        }
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            return isOwn(origin(referer), request);
        }
        return true;
    }

    private boolean isOwn(String origin, HttpServletRequest request) {
        if (origin == null || origin.equals("null")) {
            return false;
        }
        String normalised = origin.toLowerCase(Locale.ROOT);
        if (normalised.equals(trustedOrigin)) {
            return true;
        }
        // Behind no proxy the browser's Origin matches the Host it sent the form to.
        String host = request.getHeader(HttpHeaders.HOST);
        return host != null && normalised.equals(request.getScheme() + "://" + host.toLowerCase(Locale.ROOT));
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            // Browsers leave the default port out of Origin, so a configured ":443" must not count.
            boolean defaultPort = uri.getPort() == -1 || (uri.getPort() == 443 && "https".equalsIgnoreCase(uri.getScheme()))
                    || (uri.getPort() == 80 && "http".equalsIgnoreCase(uri.getScheme()));
            String port = defaultPort ? "" : ":" + uri.getPort();
            return (uri.getScheme() + "://" + uri.getHost() + port).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
