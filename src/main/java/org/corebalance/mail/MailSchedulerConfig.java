package org.corebalance.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox's delivery pass, a background job the system's scheduler runs on one instance at a
 * time. When that instance dies mid-pass, the scheduler hands the job to another within about 40 s
 * (see {@code system.JobScheduling}), by when the dead pass's claims (30 s, renewed while it lived)
 * have run out too. Running the pass on every instance instead, guarded by the claims alone, would
 * recover no faster than the claims run out, and the scheduler's shorter heartbeat frees every
 * other job after a crash as well.
 */
@Configuration(proxyBeanMethods = false)
class MailSchedulerConfig {

    static final String DELIVERY_TASK = "mail-outbox-delivery";

    @Bean
    RecurringTask<Void> outboxDeliveryJob(OutboxDelivery delivery, MailSettings settings) {
        return Tasks.recurring(DELIVERY_TASK, FixedDelay.of(settings.deliveryInterval()))
                .execute((instance, context) -> delivery.deliverDue(context.getSchedulerState()::isShuttingDown));
    }
}
