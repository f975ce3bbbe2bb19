package org.corebalance.membership;

import jakarta.validation.constraints.Pattern;
import org.corebalance.shared.EmailAddresses;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one-time setup: the owner's account and the practice's basic settings. */
public record SetupForm(
        @NotBlank(message = "Please enter your name.") @Size(max = 100, message = "Keep it under 100 characters.")
        @Pattern(regexp = EmailAddresses.SINGLE_LINE, message = "Please keep the name on one line.") String ownerName,
        @NotBlank(message = "Please enter your e-mail address.")
        @Pattern(regexp = EmailAddresses.PATTERN_OR_EMPTY, message = "That doesn't look like an e-mail address.")
        @Size(max = 254, message = "That address is too long.") String email,
        @NotBlank(message = "Please choose a password.") String password,
        @NotBlank(message = "Please enter the practice's name.") @Size(max = 100, message = "Keep it under 100 characters.")
        @Pattern(regexp = EmailAddresses.SINGLE_LINE, message = "Please keep the name on one line.") String practiceName,
        @NotBlank(message = "Please enter the city.") @Size(max = 100, message = "Keep it under 100 characters.") String city,
        @NotBlank(message = "Please enter the contact e-mail address.")
        @Pattern(regexp = EmailAddresses.PATTERN_OR_EMPTY, message = "That doesn't look like an e-mail address.")
        @Size(max = 254, message = "That address is too long.") String contactEmail,
        @NotBlank(message = "Please choose a time zone.") String timeZone) {
}
