package org.corebalance.assessment;

import java.util.List;
import org.corebalance.assessment.domain.Outcome;

/**
 * /admin/leads/{id}: one assessment with every answer as the person saw the question, the result,
 * the consent given, the coach's status and notes, and who has looked at it.
 */
public record LeadPage(long id, String completed, String source, String email, String consentVersion, String consentText,
        String consentedAt, String questionnaire, Outcome outcome, List<AnswerRow> answers, String status,
        List<String> statuses, String notes, List<AccessRow> accessLog, boolean saved) {

    /** A question and the answer given, in words. */
    public record AnswerRow(String section, String question, String answer) {
    }

    /** Who looked at this assessment, and when. */
    public record AccessRow(String who, String what, String when) {
    }
}
