package org.corebalance.assessment;

import org.corebalance.shared.PageMeta;
import org.springframework.security.web.csrf.CsrfToken;

/** /assessment: what it is, how answers are kept, and the consent that starts it. */
public record IntroPage(PageMeta meta, String intro, String consentText, int steps, String source, String error,
        CsrfToken csrf) {
}
