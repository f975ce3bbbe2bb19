package org.corebalance.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives templates the CSRF token as "csrf". The token is created only when a form reads it, so
 * public pages (which have no such form) still create no session.
 */
// Our pages only: actuator endpoints are handler methods too, and must not read settings or sessions.
@ControllerAdvice(basePackages = "org.corebalance")
class CsrfModelAdvice {

    @ModelAttribute("csrf")
    CsrfToken csrf(HttpServletRequest request) {
        return CsrfTokens.of(request);
    }
}
