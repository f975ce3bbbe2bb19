package org.corebalance.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how often one address may send an anonymous public form (contact, later comments and
 * sign-ups). Counts live in the database, so every instance sees the same ones.
 */
@Component
public class FormRateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    FormRateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts this send and says whether it is within {@code limit} per {@code window} for the form
     * and address; a refused send counts too, so hammering does not help.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allow(String form, String address, int limit, Duration window) {
        Instant now = clock.instant();
        String key = key(form, address);
        jdbc.sql("insert into form_submission (limit_key, submitted_at) values (:key, :now)")
                .param("key", key).param("now", utc(now)).update();
        jdbc.sql("delete from form_submission where submitted_at < :old").param("old", utc(now.minus(Duration.ofDays(1)))).update();
        long count = jdbc.sql("select count(*) from form_submission where limit_key = :key and submitted_at > :since")
                .param("key", key).param("since", utc(now.minus(window)))
                .query(Long.class).single();
        return count <= limit;
    }

    /** How many sends of the form from the address were counted within the window (this one included). */
    public long count(String form, String address, Duration window) {
        return jdbc.sql("select count(*) from form_submission where limit_key = :key and submitted_at > :since")
                .param("key", key(form, address))
                .param("since", utc(clock.instant().minus(window))).query(Long.class).single();
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
