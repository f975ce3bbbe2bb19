package org.corebalance;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Module listeners run after the commit on their own thread, so a test that checks what one did
 * (a notice in the outbox), or that it did nothing, first waits until every event publication
 * has been handled: completed publications are deleted, failed ones stay marked as failed.
 */
public final class EventPublications {

    private EventPublications() {
    }

    public static void awaitHandled(JdbcClient jdbc) {
        await("every event's listeners have run").atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and (status is null or status <> 'FAILED')""")
                .query(Long.class).single() == 0);
    }
}
