package org.corebalance.assessment;

import java.util.Map;
import org.corebalance.assessment.domain.Urgency;
import org.corebalance.mail.MailApi;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once an assessment stopped by a red flag is stored, tells the coach at once (other leads wait
 * for the digest, {@link AssessmentJobs}). The e-mail says how soon the person needs care, not
 * what they answered.
 */
@Component
class RedFlagNotices {

    private final AssessmentRepository assessments;
    private final MailApi mail;
    private final CoreBalanceProperties properties;

    RedFlagNotices(AssessmentRepository assessments, MailApi mail, CoreBalanceProperties properties) {
        this.assessments = assessments;
        this.mail = mail;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted completed) {
        if (!completed.stoppedByRedFlag()) {
            return;
        }
        long id = completed.assessmentId();
        // Erased on request before this ran: there is no one to tell the coach about.
        assessments.flagUrgency(id).ifPresent(urgency -> mail.sendToPracticeOnce("assessment-red-flag:" + id, "assessment/mail/red-flag",
                new RedFlagMail(care(urgency), properties.baseUrl() + "/admin/leads/" + id), "assessment-red-flag", Map.of()));
    }

    private static String care(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY -> "emergency care now";
            case TODAY -> "a doctor today";
            case SOON -> "a clinician soon";
        };
    }
}
