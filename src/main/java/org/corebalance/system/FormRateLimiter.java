package org.corebalance.system;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how often one address may send an anonymous public form (contact, later comments and
 * sign-ups). Counts live in the database, so every instance sees the same ones.
 */
@Component
public class FormRateLimiter {

    /** Sends are remembered this long, longer than any form's window. */
    static final Duration KEEP = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    FormRateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts this send and says whether it is within {@code limit} per {@code window} for the form
     * and address; a refused send counts too, so hammering does not help. Called in a transaction,
     * the count is part of it (and undone with it).
     */
    @Transactional
    public boolean allow(String form, String address, int limit, Duration window) {
        Instant now = clock.instant();
        String key = key(form, address);
        jdbc.sql("insert into form_submission (limit_key, submitted_at) values (:key, :now)")
                .param("key", key).param("now", utc(now)).update();
        long count = jdbc.sql("select count(*) from form_submission where limit_key = :key and submitted_at > :since")
                .param("key", key).param("since", utc(now.minus(window)))
                .query(Long.class).single();
        return count <= limit;
    }

    /**
     * Forgets sends older than a day (longer than any form's window); returns how many. Done by an
     * hourly job, not on each send: with a parameter for the cut-off, PostgreSQL's generic plan for
     * the delete reads the whole table, which on every send made each send slower than the last.
     */
    @Transactional
    public int forgetOld() {
        return jdbc.sql("delete from form_submission where submitted_at < :old")
                .param("old", utc(clock.instant().minus(KEEP))).update();
    }

    /** How many sends of the form from the address were counted within the window (this one included). */
    public long count(String form, String address, Duration window) {
        return jdbc.sql("select count(*) from form_submission where limit_key = :key and submitted_at > :since")
                .param("key", key(form, address))
                .param("since", utc(clock.instant().minus(window))).query(Long.class).single();
    }

    @Configuration(proxyBeanMethods = false)
    static class Cleanup {

        @Bean
        RecurringTask<Void> formCountCleanupJob(FormRateLimiter limiter) {
            return Tasks.recurring("form-count-cleanup", FixedDelay.of(Duration.ofHours(1)))
                    .execute((instance, context) -> limiter.forgetOld());
        }
    }

    /** The counter's name; long IPv6 addresses are cut to fit the column. */
    private static String key(String form, String address) {
        String key = form + ":" + address;
        return key.length() > 120 ? key.substring(0, 120) : key;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
