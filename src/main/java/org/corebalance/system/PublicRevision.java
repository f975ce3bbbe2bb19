package org.corebalance.system;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The revision of everything readers can see. Every module that changes public content calls
 * {@link #bump()} inside the transaction of that change; the page cache compares revisions.
 */
@Component
public class PublicRevision {

    private final JdbcClient jdbc;
    /** Told on this instance once a change has committed: the page cache, which lets go of its pages. */
    private final List<Runnable> onCommittedChange = new CopyOnWriteArrayList<>();

    PublicRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code action} after every committed change made through this instance. */
    void onCommittedChange(Runnable action) {
        onCommittedChange.add(action);
    }

    /**
     * Marks a change; must run inside the transaction that makes it. Once that commits, this
     * instance's page cache lets go of its pages at once (others notice within a second).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bump() {
        jdbc.sql("update public_revision set revision = revision + 1 where id = 1").update();
        // A direct hook rather than an event: this concerns only this instance's memory, so there
        // is nothing for the event publication registry to keep.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                onCommittedChange.forEach(Runnable::run);
            }
        });
    }

    public long current() {
        return jdbc.sql("select revision from public_revision where id = 1").query(Long.class).single();
    }
}
