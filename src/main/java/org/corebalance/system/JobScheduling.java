package org.corebalance.system;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.net.InetAddress;
import java.net.UnknownHostException;
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
 *
 * <p>An instance running a job writes a heartbeat every {@link #HEARTBEAT} into the job's row; after
 * {@link #MISSED_HEARTBEATS} missed ones the other instances take the job as dead (its instance
 * crashed) and run it again. db-scheduler's defaults (5 min, 6 missed) kept a crashed instance's jobs,
 * mail delivery among them, from running anywhere for 30 to 40 minutes. Now the job counts as dead
 * 30 s after the last heartbeat, is found within the next 10 s (the check runs every two heartbeats)
 * and starts at the next poll: 30 to 45 s in all with the default 5 s poll, within a minute. Six
 * missed heartbeats, as db-scheduler's own default, so a live instance must stall for 30 s before
 * anyone runs its job twice.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final int MISSED_HEARTBEATS = 6;

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<RecurringTask<?>> jobs, CoreBalanceProperties properties) {
        return Scheduler.create(dataSource)
                .startTasks(jobs)
                .pollingInterval(properties.jobs().pollInterval())
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                // picked_by names the process, so an operator (or bench/outbox-crash.sh) can tell which
                // of two instances on one host runs a job; by default both would give the host name.
                .schedulerName(new SchedulerName.Fixed(processName()))
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(30))
                .build();
    }

    private static String processName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "#" + ProcessHandle.current().pid();
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
