package org.corebalance.system;

import java.util.List;
import org.corebalance.shared.FieldErrors;

/** The settings page. */
public record SettingsPage(SettingsForm form, FieldErrors errors, List<String> timeZones, boolean saved) {
}
