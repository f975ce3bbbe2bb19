package org.corebalance.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corebalance.system.PracticeSettings;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of mail: queue a message (to anyone, or to the practice), and read the outbox for the coach's page. */
@Service
public class MailApi {

    private static final int MAX_RECENT = 500;

    private final OutboxRepository repository;
    private final OutboxDelivery delivery;
    private final MailTemplates templates;
    private final PracticeSettingsService settings;
    private final Clock clock;

    MailApi(OutboxRepository repository, OutboxDelivery delivery, MailTemplates templates, PracticeSettingsService settings,
            Clock clock) {
        this.repository = repository;
        this.delivery = delivery;
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes a message from its module's template and queues it in the caller's transaction.
     *
     * @param to the recipient's address; {@code toName} their name, or null
     * @param template the jte template, {@code <module>/mail/<name>.jte}, which takes {@code model}
     *     as its {@code mail} parameter and wraps its words in {@code layout/mail.jte}
     * @param kind what kind of message it is, shown in the outbox ({@code password-reset})
     * @param headers extra headers, such as {@code List-Unsubscribe}
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void send(String to, String toName, String template, Object model, String kind, Map<String, String> headers) {
        write(null, to, toName, template, model, kind, headers);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void send(String to, String toName, String template, Object model, String kind) {
        send(to, toName, template, model, kind, Map.of());
    }

    /** Writes a message to the practice itself (the coach), at the contact address in its settings, and queues it. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void sendToPractice(String template, Object model, String kind, Map<String, String> headers) {
        PracticeSettings practice = settings.current();
        send(practice.email(), practice.name(), template, model, kind, headers);
    }

    /**
     * As {@link #send(String, String, String, Object, String, Map)}, but queued at most once per
     * {@code onceKey} (e.g. {@code contact-confirmation:42}). Event listeners send this way: an
     * event is delivered again after a crash that came between the listener's commit and the
     * record of its completion, and the reader must still get one message.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void sendOnce(String onceKey, String to, String toName, String template, Object model, String kind,
            Map<String, String> headers) {
        write(onceKey, to, toName, template, model, kind, headers);
    }

    /** As {@link #sendToPractice}, queued at most once per {@code onceKey}. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void sendToPracticeOnce(String onceKey, String template, Object model, String kind, Map<String, String> headers) {
        PracticeSettings practice = settings.current();
        sendOnce(onceKey, practice.email(), practice.name(), template, model, kind, headers);
    }

    /** Writes the message from its template and queues it; with a key, unless that key is queued already. */
    private void write(String onceKey, String to, String toName, String template, Object model, String kind,
            Map<String, String> headers) {
        MailTemplates.Written written = templates.write(template, model);
        repository.insert(new OutgoingMail(to, toName, written.subject(), written.text(), written.html(), headers, kind),
                onceKey, clock.instant());
    }

    /**
     * Queues a written message in the caller's transaction: it is stored, and later sent, only if
     * that transaction commits, so a message and what caused it stand or fall together.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    void send(OutgoingMail mail) {
        repository.insert(mail, clock.instant());
    }

    /** The newest messages first, at most {@code limit} (capped at 500). */
    @Transactional(readOnly = true)
    public List<OutboxEntry> recent(int limit) {
        return repository.recent(Math.max(1, Math.min(limit, MAX_RECENT)));
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntry> find(long id) {
        return repository.find(id);
    }

    /** How many messages of one kind (e.g. one newsletter's) are in each state: the send log. */
    @Transactional(readOnly = true)
    public Map<OutboxStatus, Long> countsOf(String kind) {
        return repository.countsOf(kind);
    }

    /** True when an SMTP server is configured ({@code spring.mail.host}); otherwise mail waits in the outbox. */
    public boolean deliveryConfigured() {
        return delivery.configured();
    }
}
