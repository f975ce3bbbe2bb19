package org.corebalance.system;

import gg.jte.TemplateEngine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is out of reach, a request that needs it is answered with the site's own
 * 503 page and {@code Retry-After}, within about 2 s (the connection pool's timeout), instead of a
 * bare error after a minute. The page is rendered from the settings last read
 * ({@link SiteViews#lastKnown()}), so it needs no database; public pages in the page
 * cache keep being served from memory meanwhile. Outermost filter, so it also covers the session
 * and security filters, which read the database for signed-in people.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final SiteViews siteViews;
    private final TemplateEngine templates;

    DatabaseOutageFilter(SiteViews siteViews, TemplateEngine templates) {
        this.siteViews = siteViews;
        this.templates = templates;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isOutage(e) || response.isCommitted()) {
                throw e;
            }
            // One line, no stack trace and no request data: the cause says enough.
            log.warn("Database out of reach, answered 503: {}", rootMessage(e));
            writeUnavailable(response);
        }
    }

    /** True when the failure is the database being unreachable, not a fault in a query. */
    static boolean isOutage(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DataAccessResourceFailureException || e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // A connection lost mid-transaction fails the rollback too, which then hides the first failure.
            if (e instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isOutage(rollback.getApplicationException())) {
                return true;
            }
            // PostgreSQL: 08xxx connection exceptions; 57P01-57P03 the server shutting down or starting.
            if (e instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private void writeUnavailable(HttpServletResponse response) throws IOException {
        var page = new WholePageViews.Utf8Page();
        templates.render("system/error.jte", Map.of("site", siteViews.lastKnown(),
                "page", ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE)), page);
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(page.size());
        page.writeTo(response.getOutputStream());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
