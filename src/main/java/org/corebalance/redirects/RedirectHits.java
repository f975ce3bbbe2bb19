package org.corebalance.redirects;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Counts the uses of redirects in memory and adds them to the database once a minute and when the
 * instance stops, so a reader following an old address causes no write in their request. Each
 * instance adds its own counts; a crash loses at most the last minute's.
 */
@Component
class RedirectHits implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedirectHits.class);
    private static final long FLUSH_SECONDS = 60;

    private final RedirectRepository redirects;
    private final Map<Long, Tally> pending = new ConcurrentHashMap<>();
    private ScheduledExecutorService flusher;

    RedirectHits(RedirectRepository redirects) {
        this.redirects = redirects;
    }

    void count(long id, Instant at) {
        add(id, 1, at);
    }

    /** Adds what was counted since the last time to the database. */
    void flush() {
        for (Long id : pending.keySet()) {
            Tally tally = pending.remove(id);
            if (tally == null) {
                continue;
            }
            Tally.Counted counted = tally.close();
            try {
                redirects.addHits(id, counted.uses(), counted.last());
            } catch (RuntimeException e) {
                log.debug("Redirect uses not stored yet, kept for the next time", e);
                add(id, counted.uses(), counted.last());
            }
        }
    }

    private void add(long id, long uses, Instant at) {
        while (!pending.computeIfAbsent(id, key -> new Tally()).add(uses, at)) {
            // That tally was being flushed: count in a fresh one.
            Thread.onSpinWait();
        }
    }

    @Override
    public synchronized void start() {
        flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "redirect-hits");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (flusher != null) {
            flusher.shutdownNow();
            flusher = null;
            flush();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return flusher != null;
    }

    /** One redirect's uses since the last flush; closed once taken, so no use is counted into a tally already stored. */
    private static final class Tally {

        record Counted(long uses, Instant last) {
        }

        private long uses;
        private Instant last;
        private boolean closed;

        synchronized boolean add(long more, Instant at) {
            if (closed) {
                return false;
            }
            uses += more;
            if (last == null || at.isAfter(last)) {
                last = at;
            }
            return true;
        }

        synchronized Counted close() {
            closed = true;
            return new Counted(uses, last);
        }
    }
}
