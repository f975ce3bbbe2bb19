package org.corebalance.system;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.corebalance.shared.PracticeTime;

/** The practice as the owner describes it in the settings page; shown on every page. */
public record PracticeSettings(
        String name,
        String city,
        String email,
        ZoneId timeZone,
        List<URI> socialLinks,
        boolean demoEnabled) {

    public PracticeSettings {
        socialLinks = List.copyOf(socialLinks);
    }

    /** How the back office shows times: in this practice's zone. */
    public PracticeTime time() {
        return new PracticeTime(timeZone);
    }
}
