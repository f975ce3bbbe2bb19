package org.corebalance.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.corebalance.shared.PageMeta;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Friendly error pages in the site's own layout, with the right status and never a stack trace. */
@Component
class ErrorPages implements ErrorViewResolver {

    private final SiteViews siteViews;

    ErrorPages(SiteViews siteViews) {
        this.siteViews = siteViews;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ErrorPage page = status == HttpStatus.FORBIDDEN && FormOverPlainHttp.refused(request)
                ? ErrorPage.formOverPlainHttp() : ErrorPage.of(status);
        return new ModelAndView("system/error", Map.of("site", siteViews.current(), "page", page), status);
    }
}
