package org.corebalance.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Tells apart one refusal that is the set-up's fault, not the person's: a form posted over plain
 * http while cookies must be {@code Secure}. The browser set the session cookie aside when it came
 * over http, so the form arrives with no session and fails its CSRF check. Such a request is
 * marked, and {@link ErrorPages} says what to set; every refusal answers 403 with the site's error page as before.
 */
class FormOverPlainHttp implements AccessDeniedHandler {

    private static final String MARK = FormOverPlainHttp.class.getName();

    private final boolean cookiesSecure;
    private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

    FormOverPlainHttp(boolean cookiesSecure) {
        this.cookiesSecure = cookiesSecure;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        // isSecure() is true behind a named proxy that says https (TrustedProxies); a session cookie
        // that did come back means the session ended, an ordinary refusal.
        if (cookiesSecure && refused instanceof CsrfException && !request.isSecure()
                && request.getRequestedSessionId() == null) {
            request.setAttribute(MARK, Boolean.TRUE);
        }
        refusal.handle(request, response, refused);
    }

    /** Whether the refusal being shown is of a form posted over plain http while cookies must be Secure. */
    static boolean refused(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(MARK));
    }
}
