package org.corebalance.assessment;

import org.corebalance.assessment.domain.Definition;
import org.corebalance.shared.PageMeta;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * /assessment: what it is, how answers are kept, and the consent that starts it.
 *
 * @param notice why the person is back here (an unfinished assessment's page was reloaded), or null
 */
public record IntroPage(PageMeta meta, String intro, String consentText, int steps, String source, String error,
        String notice, CsrfToken csrf) {

    private static final PageMeta META = PageMeta.website("Free assessment",
            "A free, safe assessment of your low back: red-flag screening first, then your pain, daily life and goals, "
                    + "with a personal starting point.", "/assessment");

    /** The page for the questionnaire offered now; {@code source} is where the person came from, or null. */
    static IntroPage of(Definition definition, String source, String error, String notice, CsrfToken csrf) {
        return new IntroPage(META, definition.intro(), ConsentText.TEXT, definition.sections().size(), source, error, notice,
                csrf);
    }
}
