package org.corebalance.system;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;

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
}
