package org.corebalance.assessment;

import java.time.Instant;
import org.corebalance.assessment.domain.Answers;
import org.corebalance.assessment.domain.Outcome;

/**
 * A finished assessment as stored: the questionnaire version, the answers, and the result exactly
 * as it was shown. Also the consent given and the coach's notes on the lead.
 */
record StoredAssessment(
        long id,
        String definitionId,
        int definitionVersion,
        AssessmentStatus status,
        Answers answers,
        Outcome outcome,
        String consentVersion,
        String consentText,
        Instant consentedAt,
        String source,
        String email,
        int copiesSent,
        LeadStatus leadStatus,
        String notes,
        Instant createdAt,
        Instant completedAt) {
}
