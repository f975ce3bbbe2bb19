package org.corebalance.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Moments as the practice reads them: in its own time zone, which the owner sets, with the zone's
 * abbreviation ("Nov 24, 2026, 4:00 AM PST"), or as a day ("Nov 24, 2026"). The one way the back
 * office shows a time; times are kept as {@code Instant} in UTC.
 */
public record PracticeTime(ZoneId zone) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a z", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    public PracticeTime {
        Objects.requireNonNull(zone, "zone");
    }

    /** The day and time in the practice's zone, with the zone's abbreviation; "" for none. */
    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /** The day in the practice's zone; "" for none. */
    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    /** The moment for a {@code <time datetime>} attribute: UTC, to the second. */
    public static String iso(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
