package org.corebalance.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's delivery pass, a background job the system's scheduler runs on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class MailSchedulerConfig {

    static final String DELIVERY_TASK = "mail-outbox-delivery";

    @Bean
    RecurringTask<Void> outboxDeliveryJob(OutboxDelivery delivery, MailSettings settings) {
        return Tasks.recurring(DELIVERY_TASK, FixedDelay.of(settings.deliveryInterval()))
                .execute((instance, context) -> delivery.deliverDue());
    }
}
