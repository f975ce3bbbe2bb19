package org.corebalance.system;

import gg.jte.TemplateEngine;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.corebalance.shared.PublicContent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * How public pages travel: short shared caching with (weak) ETags for pages and feeds (they are
 * the same for every anonymous reader), compressed on the way (Tomcat, or the public page cache
 * for what it serves), the site's own files by content-hashed URLs, and a hard limit on URL length.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final WebRuleSet rules;

    WebConfig(WebRuleSet rules) {
        this.rules = rules;
    }

    /** Public pages may be reused for a minute by browsers and shared caches, then revalidated. */
    static final CacheControl PUBLIC_PAGE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    /**
     * The site's own files (instead of Spring Boot's default handler, which
     * {@code spring.web.resources.add-mappings=false} turns off): content-hashed URLs, and the
     * caching and ETags of {@link StaticAssets}.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setEtagGenerator(StaticAssets::etag)
                .resourceChain(true)
                .addResolver(new StaticAssets())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        List<String> publicPages = rules.publicPagePatterns();
        if (!publicPages.isEmpty()) {
            // (With no patterns at all, an interceptor would apply to every page.)
            registry.addInterceptor(new PublicPageCaching()).addPathPatterns(publicPages);
        }
    }

    /**
     * Shared caches may keep public pages for a minute; a response to anyone who sends a cookie
     * (a signed-in coach, later a member) is private, so no shared cache ever stores it.
     */
    static final class PublicPageCaching implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            boolean personal = request.getHeader(HttpHeaders.COOKIE) != null;
            response.setHeader(HttpHeaders.CACHE_CONTROL,
                    (personal ? CacheControl.noCache().cachePrivate() : PUBLIC_PAGE).getHeaderValue());
            response.addHeader(HttpHeaders.VARY, Htmx.REQUEST_HEADER);
            return true;
        }
    }

    /**
     * No metrics or traces are exported, so observing every request and every security filter
     * would be work for nobody: it took about a tenth of the CPU of a busy assessment benchmark.
     */
    @Bean
    ObservationPredicate noObservations() {
        return (name, context) -> false;
    }

    /** Outermost: whatever fails for want of the database below it becomes the site's 503 page. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(SiteViews siteViews, TemplateEngine templates) {
        var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(siteViews, templates));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UrlLengthLimitFilter> urlLengthLimitFilter() {
        var registration = new FilterRegistrationBean<>(new UrlLengthLimitFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Right after the URL check and before security, so a cached page costs almost nothing. */
    @Bean
    PublicPageCache publicPageCache(PublicRevision revision, List<PublicContent> contents, Clock clock) {
        return new PublicPageCache(rules, revision, contents, clock, SecurityConfig.HSTS);
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
        var registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
        var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(new PageEtagFilter());
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * ETags for rendered pages; assets have their own ({@link StaticAssets}). Weak, because the
     * same page goes out gzip-compressed or not (and Tomcat never compresses a response whose
     * ETag is strong); conditional requests compare weakly, so 304s are unaffected.
     */
    static final class PageEtagFilter extends ShallowEtagHeaderFilter {

        PageEtagFilter() {
            setWriteWeakETag(true);
        }

        /** Only a page fetched with GET can get an ETag; buffering any other answer would be wasted work. */
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        }

        @Override
        protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
                int responseStatusCode, InputStream inputStream) {
            String path = request.getRequestURI();
            return !path.startsWith("/media/") && !path.startsWith("/css/") && !path.startsWith("/img/")
                    && !path.startsWith("/js/") && super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
        }
    }
}
