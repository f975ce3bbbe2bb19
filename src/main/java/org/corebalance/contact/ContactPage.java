package org.corebalance.contact;

import java.util.List;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.PageMeta;

/** The public contact page: the form as typed, its errors, and the topics to choose from. */
public record ContactPage(PageMeta meta, ContactForm form, FieldErrors errors, List<Choice> topics, boolean sent) {

    /** One topic as the select shows it. */
    public record Choice(String value, String label) {
    }
}
