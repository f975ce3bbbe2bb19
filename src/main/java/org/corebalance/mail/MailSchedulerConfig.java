package org.corebalance.mail;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the delivery pass as a db-scheduler recurring task. The task lives in the database, so
 * with several instances one of them at a time runs it; it starts once the application is ready
 * (the schema is migrated) and stops, letting a running pass finish, when the application shuts down.
 */
@Configuration(proxyBeanMethods = false)
class MailSchedulerConfig {

    static final String DELIVERY_TASK = "mail-outbox-delivery";

    @Bean(destroyMethod = "stop")
    Scheduler mailScheduler(DataSource dataSource, OutboxDelivery delivery, MailSettings settings) {
        RecurringTask<Void> deliver = Tasks.recurring(DELIVERY_TASK, FixedDelay.of(settings.deliveryInterval()))
                .execute((instance, context) -> delivery.deliverDue());
        return Scheduler.create(dataSource)
                .startTasks(deliver)
                .pollingInterval(settings.pollInterval())
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    MailSchedulerStart mailSchedulerStart(Scheduler mailScheduler) {
        return new MailSchedulerStart(mailScheduler);
    }

    /** Starts the scheduler once Flyway has created its table and the application is ready. */
    static final class MailSchedulerStart implements ApplicationListener<ApplicationReadyEvent> {

        private final Scheduler scheduler;

        MailSchedulerStart(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            scheduler.start();
        }
    }
}
