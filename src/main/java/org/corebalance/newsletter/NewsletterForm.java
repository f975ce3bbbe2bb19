package org.corebalance.newsletter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corebalance.shared.EmailAddresses;

/** A newsletter as the coach writes it. */
public record NewsletterForm(
        @NotBlank(message = "Please give it a subject line.") @Size(max = 200, message = "Keep the subject under 200 characters.")
        @Pattern(regexp = EmailAddresses.SINGLE_LINE, message = "Keep the subject on one line.") String subject,
        @NotBlank(message = "The newsletter has no text yet.") @Size(max = 100_000, message = "That is too long for an e-mail.") String body) {
}
