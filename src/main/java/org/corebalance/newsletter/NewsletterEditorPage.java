package org.corebalance.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.corebalance.mail.OutboxStatus;
import org.corebalance.shared.FieldErrors;

/**
 * The newsletters page: the list ({@code id} null and {@code list} filled) or one newsletter, as
 * a draft being edited or, once sent, with its send log.
 */
public record NewsletterEditorPage(
        List<Row> list,
        Long id,
        NewsletterForm form,
        FieldErrors errors,
        String previewHtml,
        boolean sent,
        long confirmedSubscribers,
        Map<OutboxStatus, Long> log,
        String notice) {

    /** One newsletter in the list. */
    public record Row(long id, String subject, boolean sent, Instant sentAt) {
    }
}
