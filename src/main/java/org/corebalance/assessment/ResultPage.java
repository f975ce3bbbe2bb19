package org.corebalance.assessment;

import java.util.List;
import org.corebalance.assessment.domain.Exercise;
import org.corebalance.assessment.domain.Finding;
import org.corebalance.assessment.domain.UrgencyAdvice;
import org.corebalance.shared.PageMeta;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * A person's result, reached through their private link.
 *
 * @param advice what to do now when a red flag stopped the assessment, else null
 * @param level the starting level's name, or null when stopped
 * @param copyNotice "sent" after an e-mail copy was queued, else null
 * @param copyTo the address this result's copies go to (the first one given), or null before any
 * @param copyAgain whether a copy may still be sent
 * @param trialPath where the trial offer leads, carrying this assessment into the trial
 * @param reasons the red flags raised, in the person's words, most urgent first; empty when none
 * @param kept false for a red-flag result shown but not stored (its network was over the limit):
 *     there is no private link to keep, and the coach was not told
 * @param mailSending whether e-mail is being sent (an SMTP server is set up): else no copy is offered
 */
public record ResultPage(PageMeta meta, String path, UrgencyAdvice advice, List<ScoreView> scores, List<Finding> findings,
        String level, List<Exercise> exercises, List<GoalView> goals, String copyNotice, String copyTo, boolean copyAgain,
        String emailValue, String emailError, CsrfToken csrf, String trialPath, List<String> reasons, boolean kept,
        boolean mailSending) {

    /** A score as shown: its value out of its range (max null for a percentage, shown as "31%"), and what its band means. */
    public record ScoreView(String label, String value, String max, String band, String meaning, int percent) {
    }

    /** An activity the person wants back, and how well they can do it now. */
    public record GoalView(String activity, Integer rating) {
    }
}
