package org.corebalance.system;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's settings: the owner's saved values, or the environment's defaults until the
 * first save. Read on every page, so the current value is kept for a second at most; a change
 * made through another instance shows within that second. Turning the demo content on or off is
 * announced as {@link DemoContentSwitched}, with the save.
 */
@Service
public class PracticeSettingsService {

    private static final long FRESH_NANOS = 1_000_000_000L;
    /** With FRESH_NANOS, the last settings stand for 10 s after the database did not answer. */
    private static final long RETRY_WHEN_UNREACHABLE_NANOS = 9_000_000_000L;

    private final JdbcClient jdbc;
    private final CoreBalanceProperties properties;
    private final PublicRevision revision;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile Snapshot snapshot;

    PracticeSettingsService(JdbcClient jdbc, CoreBalanceProperties properties, PublicRevision revision, Clock clock,
            ApplicationEventPublisher events) {
        this.revision = revision;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The settings, read at most a second ago. While the database is out of reach the last ones
     * read stand (asked again every 10 seconds), so pages that need no other data, the error page
     * among them, still show the practice as it is.
     */
    public PracticeSettings current() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAtNanos() > FRESH_NANOS) {
            try {
                current = read();
            } catch (DataAccessException unreachable) {
                if (current == null || !DatabaseOutageFilter.isOutage(unreachable)) {
                    throw unreachable;
                }
                // Asked again only after a while: each try costs a request the pool's 2 s timeout.
                current = new Snapshot(current.settings(), System.nanoTime() + RETRY_WHEN_UNREACHABLE_NANOS);
            }
            snapshot = current;
        }
        return current.settings();
    }

    /** The settings last read, without asking the database: for the page shown while it is out of reach. */
    PracticeSettings lastKnown() {
        Snapshot current = snapshot;
        return current != null ? current.settings() : defaults();
    }

    @Transactional
    public void save(PracticeSettings settings) {
        // Read in this transaction, not the cached value: the switch is announced exactly once.
        boolean demoWasOn = read().settings().demoEnabled();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String links = settings.socialLinks().stream().map(URI::toString).collect(Collectors.joining("\n"));
        int updated = jdbc.sql("""
                update practice_settings set practice_name = :name, city = :city, contact_email = :email,
                       time_zone = :zone, social_links = :links, demo_enabled = :demo, updated_at = :now
                where id = 1""")
                .param("name", settings.name()).param("city", settings.city()).param("email", settings.email())
                .param("zone", settings.timeZone().getId()).param("links", links)
                .param("demo", settings.demoEnabled()).param("now", now)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into practice_settings (id, practice_name, city, contact_email, time_zone, social_links,
                                                   demo_enabled, updated_at)
                    values (1, :name, :city, :email, :zone, :links, :demo, :now)""")
                    .param("name", settings.name()).param("city", settings.city()).param("email", settings.email())
                    .param("zone", settings.timeZone().getId()).param("links", links)
                    .param("demo", settings.demoEnabled()).param("now", now)
                    .update();
        }
        revision.bump();
        snapshot = null;
        if (demoWasOn != settings.demoEnabled()) {
            events.publishEvent(new DemoContentSwitched(settings.demoEnabled()));
        }
    }

    private Snapshot read() {
        Optional<PracticeSettings> saved = jdbc.sql("""
                select practice_name, city, contact_email, time_zone, social_links, demo_enabled
                from practice_settings where id = 1""")
                .query((rs, n) -> new PracticeSettings(rs.getString("practice_name"), rs.getString("city"),
                        rs.getString("contact_email"), ZoneId.of(rs.getString("time_zone")),
                        links(rs.getString("social_links")), rs.getBoolean("demo_enabled")))
                .optional();
        return new Snapshot(saved.orElseGet(this::defaults), System.nanoTime());
    }

    private PracticeSettings defaults() {
        var defaults = properties.practice();
        return new PracticeSettings(defaults.name(), defaults.city(), defaults.email(), defaults.timeZone(), List.of(),
                properties.demo().enabled());
    }

    private static List<URI> links(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).map(URI::create).toList();
    }

    private record Snapshot(PracticeSettings settings, long readAtNanos) {
    }
}
