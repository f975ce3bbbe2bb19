package org.corebalance.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Addresses people type: a GET that would answer 404 answers 301 instead when {@link SiteAddresses}
 * knows where the page is ("/blog/" is "/blog", "/Contact" is "/contact", a module's moved page).
 * Asked only on the way to a 404, so live pages, files and posts never pay for it. The
 * {@code Location} is a path on this site, with the request's query string unless the target has
 * its own; it is never built from the request's {@code Host}.
 */
@Component
class NotFoundRedirects implements HandlerExceptionResolver, Ordered {

    private final SiteAddresses addresses;

    NotFoundRedirects(SiteAddresses addresses) {
        this.addresses = addresses;
    }

    /** Before Spring's own resolvers, which would turn the exception into the 404 page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) || !isNotFound(exception)
                || response.isCommitted()) {
            return null;
        }
        Optional<String> moved = addresses.movedTo(request.getRequestURI());
        if (moved.isEmpty()) {
            return null;
        }
        String location = moved.get();
        String query = request.getQueryString();
        if (query != null && !query.isEmpty() && location.indexOf('?') < 0) {
            int fragment = location.indexOf('#');
            location = fragment < 0 ? location + "?" + query
                    : location.substring(0, fragment) + "?" + query + location.substring(fragment);
        }
        response.resetBuffer();
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader(HttpHeaders.LOCATION, location);
        // An empty view: handled, nothing to render.
        return new ModelAndView();
    }

    static boolean isNotFound(Exception exception) {
        if (exception instanceof ErrorResponse error) {
            return error.getStatusCode().value() == HttpStatus.NOT_FOUND.value();
        }
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(exception.getClass(), ResponseStatus.class);
        return status != null && status.code() == HttpStatus.NOT_FOUND;
    }
}
