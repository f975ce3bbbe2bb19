package org.corebalance.contact;

import java.util.List;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.PageMeta;

/**
 * The public contact page: the form as typed, its errors, and the topics to choose from; after
 * sending, thanks that promise the sender a confirmation only when {@code mailSending} (an SMTP server is set up).
 */
public record ContactPage(PageMeta meta, ContactForm form, FieldErrors errors, List<Choice> topics, boolean sent,
        boolean mailSending) {

    /** One topic as the select shows it. */
    public record Choice(String value, String label) {
    }
}
