package org.corebalance.assessment;

import java.util.List;
import org.corebalance.shared.PageMeta;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * One step of the assessment.
 *
 * @param action where the step's form posts
 * @param backPath the previous step, or null on the first
 * @param csrf the token a signed-in person's form carries, or null for everyone else
 */
public record StepPage(PageMeta meta, String action, int number, int count, String title, String intro,
        List<QuestionView> questions, boolean hasErrors, String backPath, boolean last, CsrfToken csrf) {

    public int percent() {
        return Math.round(100f * (number - 1) / count);
    }
}
