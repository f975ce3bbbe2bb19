package org.corebalance.assessment;

import org.springframework.stereotype.Service;

/** What other modules may ask about assessments: how many leads the coach has not followed up yet. */
@Service
public class AssessmentApi {

    private final AssessmentRepository assessments;

    AssessmentApi(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    /** Finished assessments whose lead is still new, and how many of those raised a red flag. */
    public LeadCounts newLeads() {
        return assessments.newLeadCounts();
    }

    /** The counts the dashboard shows. */
    public record LeadCounts(long total, long redFlags) {
    }
}
