package org.corebalance.system;

import jakarta.validation.constraints.Pattern;
import org.corebalance.shared.EmailAddresses;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The settings page's fields as typed; social links one per line. */
public record SettingsForm(
        @NotBlank(message = "Please enter the practice's name.") @Size(max = 100, message = "Keep it under 100 characters.")
        @Pattern(regexp = EmailAddresses.SINGLE_LINE, message = "Please keep the name on one line.") String name,
        @NotBlank(message = "Please enter the city.") @Size(max = 100, message = "Keep it under 100 characters.") String city,
        @NotBlank(message = "Please enter the contact e-mail address.")
        @Pattern(regexp = EmailAddresses.PATTERN_OR_EMPTY, message = "That doesn't look like an e-mail address.")
        @Size(max = 254, message = "That address is too long.") String email,
        @NotBlank(message = "Please choose a time zone.") String timeZone,
        @Size(max = 2000, message = "That is too much text for links.") String socialLinks,
        Boolean demoEnabled) {

    /** An unticked checkbox sends nothing: no value means off. */
    public boolean demoOn() {
        return Boolean.TRUE.equals(demoEnabled);
    }
}
