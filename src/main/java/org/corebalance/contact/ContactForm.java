package org.corebalance.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corebalance.shared.EmailAddresses;

/**
 * What a reader writes in the contact form. {@code website} is a field people never see (hidden
 * by CSS and from screen readers); only robots fill it in.
 */
public record ContactForm(
        @NotBlank(message = "Please tell us your name.") @Size(max = 100, message = "Keep your name under 100 characters.")
        @Pattern(regexp = EmailAddresses.SINGLE_LINE, message = "Please keep your name on one line.") String name,
        @NotBlank(message = "Please enter your e-mail address, so we can answer.")
        @Pattern(regexp = EmailAddresses.PATTERN_OR_EMPTY, message = "That doesn't look like an e-mail address.") String email,
        @NotBlank(message = "Please choose what your message is about.") String topic,
        @NotBlank(message = "Please write your message.") @Size(max = 5000, message = "Please keep your message under 5,000 characters.") String message,
        String website) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "", "");
    }
}
