package org.corebalance.assessment;

import org.corebalance.shared.PageMeta;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * /assessment: what it is, how answers are kept, and the consent that starts it.
 *
 * @param notice why the person is back here (an unfinished assessment's page was reloaded), or null
 */
public record IntroPage(PageMeta meta, String intro, String consentText, int steps, String source, String error,
        String notice, CsrfToken csrf) {
}
