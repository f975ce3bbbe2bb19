package org.corebalance.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one limit on mail to addresses visitors type: in any 24 hours, at most
 * {@value #PER_RECIPIENT} messages to one address and {@value #PER_CLIENT} on behalf of one client,
 * whatever form they came from. Enough for a person who signs up, writes and takes the
 * assessment on one day; too few to flood anyone. Every decision is recorded in the caller's
 * transaction (table {@code mail_to_visitor}), so every instance counts the same sends.
 */
@Component
class VisitorMailLimits {

    static final int PER_RECIPIENT = 4;
    static final int PER_CLIENT = 10;
    static final Duration WINDOW = Duration.ofHours(24);
    /** Refusals are shown for the last week. */
    static final Duration KEEP = Duration.ofDays(8);

    private final JdbcClient jdbc;
    private final Clock clock;

    VisitorMailLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts a message to {@code recipient} asked for by {@code client} (null when the visitor's
     * request is long past, as for a reply notice: then only the recipient's limit applies) and says
     * whether it may go. A refusal is recorded too, for the dashboard.
     */
    boolean allow(String recipient, String client, String kind) {
        Instant now = clock.instant();
        String to = recipient.strip().toLowerCase(Locale.ROOT);
        OffsetDateTime since = utc(now.minus(WINDOW));
        long toRecipient = jdbc.sql("select count(*) from mail_to_visitor where recipient = :to and counted_at > :since"
                        + " and not refused")
                .param("to", to).param("since", since).query(Long.class).single();
        long forClient = client == null ? 0 : jdbc.sql("select count(*) from mail_to_visitor where client_key = :client"
                        + " and counted_at > :since and not refused")
                .param("client", client).param("since", since).query(Long.class).single();
        boolean allowed = toRecipient < PER_RECIPIENT && forClient < PER_CLIENT;
        jdbc.sql("insert into mail_to_visitor (recipient, client_key, kind, refused, counted_at)"
                        + " values (:to, :client, :kind, :refused, :now)")
                .param("to", to).param("client", client).param("kind", kind).param("refused", !allowed)
                .param("now", utc(now)).update();
        return allowed;
    }

    long refusedSince(Instant since) {
        return jdbc.sql("select count(*) from mail_to_visitor where refused and counted_at > :since")
                .param("since", utc(since)).query(Long.class).single();
    }

    int forgetOld() {
        return jdbc.sql("delete from mail_to_visitor where counted_at < :old")
                .param("old", utc(clock.instant().minus(KEEP))).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Configuration(proxyBeanMethods = false)
    static class Cleanup {

        @Bean
        RecurringTask<Void> visitorMailCountCleanupJob(VisitorMailLimits limits) {
            return Tasks.recurring("visitor-mail-count-cleanup", FixedDelay.of(Duration.ofHours(1)))
                    .execute((instance, context) -> limits.forgetOld());
        }
    }
}
