package org.corebalance.system;

import java.time.ZoneId;
import java.util.List;

/** The time zones offered in forms: region zones ("America/Los_Angeles"), the ones people recognise. */
public final class TimeZones {

    public static final List<String> REGIONS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
            .sorted().toList();

    private TimeZones() {
    }
}
