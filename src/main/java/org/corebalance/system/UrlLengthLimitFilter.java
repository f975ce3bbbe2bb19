package org.corebalance.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 414 to absurdly long paths or query strings before any work is done on them. */
class UrlLengthLimitFilter extends OncePerRequestFilter {

    static final int MAX_PATH = 512;
    static final int MAX_QUERY = 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (request.getRequestURI().length() > MAX_PATH || (query != null && query.length() > MAX_QUERY)) {
            response.sendError(414, "That address is too long.");
            return;
        }
        chain.doFilter(request, response);
    }
}
