package org.corebalance.system;

import org.corebalance.shared.PublicContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision of everything readers can see. Every module that changes public content calls
 * {@link #bump()} inside the transaction of that change; the page cache compares revisions.
 */
@Component
public class PublicRevision {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PublicRevision(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Marks a change; must run inside the transaction that makes it. Once that commits, this
     * instance's page cache lets go of its pages at once (others notice within a second).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bump() {
        jdbc.sql("update public_revision set revision = revision + 1 where id = 1").update();
        events.publishEvent(new PublicContentChanged("revision"));
    }

    public long current() {
        return jdbc.sql("select revision from public_revision where id = 1").query(Long.class).single();
    }
}
