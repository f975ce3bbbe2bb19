package org.corebalance.assessment;

import java.util.List;
import org.corebalance.shared.PageMeta;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * One step of the assessment.
 *
 * @param action where the step's form posts
 * @param problem what the summary above the questions says when the step came back unaccepted, else null
 * @param state the sealed draft the form carries: the answers so far ({@link DraftSeal})
 * @param csrf the token a signed-in person's form carries, or null for everyone else
 */
public record StepPage(PageMeta meta, String action, int number, int count, String title, String intro,
        List<QuestionView> questions, String problem, boolean canGoBack, boolean last, String state, CsrfToken csrf) {

    public int percent() {
        return Math.round(100f * (number - 1) / count);
    }
}
