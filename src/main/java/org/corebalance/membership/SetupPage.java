package org.corebalance.membership;

import java.util.List;
import org.corebalance.shared.FieldErrors;

/** The setup page: the form as typed so far, its errors, and the time zones to choose from. */
public record SetupPage(SetupForm form, FieldErrors errors, List<String> timeZones) {
}
