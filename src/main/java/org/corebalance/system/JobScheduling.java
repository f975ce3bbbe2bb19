package org.corebalance.system;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs every module's background jobs (each a db-scheduler {@link RecurringTask} bean) from the
 * database, so that with several instances one of them at a time runs each job. The scheduler
 * starts once the application is ready (the schema is migrated) and stops, letting running jobs
 * finish, when the application shuts down.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<RecurringTask<?>> jobs, CoreBalanceProperties properties) {
        return Scheduler.create(dataSource)
                .startTasks(jobs)
                .pollingInterval(properties.jobs().pollInterval())
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    SchedulerStart schedulerStart(Scheduler scheduler) {
        return new SchedulerStart(scheduler);
    }

    /** Starts the scheduler once Flyway has created its table and the application is ready. */
    static final class SchedulerStart implements ApplicationListener<ApplicationReadyEvent> {

        private final Scheduler scheduler;

        SchedulerStart(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            scheduler.start();
        }
    }
}
