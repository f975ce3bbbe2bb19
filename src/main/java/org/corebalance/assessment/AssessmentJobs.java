package org.corebalance.assessment;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.corebalance.mail.MailApi;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment's background work: the coach hears of new leads in one e-mail at a time, not one
 * per lead (a red flag is told at once, when it is raised).
 */
@Component
class AssessmentJobs {

    static final Duration DIGEST_EVERY = Duration.ofMinutes(15);
    private static final int MAX_LISTED = 100;

    private final AssessmentRepository assessments;
    private final MailApi mail;
    private final CoreBalanceProperties properties;
    private final Clock clock;

    AssessmentJobs(AssessmentRepository assessments, MailApi mail, CoreBalanceProperties properties, Clock clock) {
        this.assessments = assessments;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** One e-mail about every lead not yet told; returns how many it lists. No answers are in it. */
    @Transactional
    int tellCoachOfNewLeads() {
        List<StoredAssessment> leads = assessments.notYetTold(MAX_LISTED);
        if (leads.isEmpty() || assessments.markTold(leads.stream().map(StoredAssessment::id).toList(), clock.instant()) != leads.size()) {
            return 0;
        }
        String leadsUrl = properties.baseUrl() + "/admin/leads";
        var model = new NewLeadsMail(leads.stream()
                .map(lead -> new NewLeadsMail.Lead(leadsUrl + "/" + lead.id(), lead.email())).toList(), leadsUrl);
        mail.sendToPractice("assessment/mail/new-leads", model, "assessment-leads", Map.of());
        return leads.size();
    }

    /** The job, called through the transactional proxy. */
    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        RecurringTask<Void> newLeadDigestJob(AssessmentJobs jobs) {
            return Tasks.recurring("assessment-lead-digest", FixedDelay.of(DIGEST_EVERY))
                    .execute((instance, context) -> jobs.tellCoachOfNewLeads());
        }
    }
}
