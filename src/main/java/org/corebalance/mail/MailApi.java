package org.corebalance.mail;

import java.time.Clock;
import java.time.Instant;
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
    private final VisitorMailLimits visitorLimits;
    private final Clock clock;

    MailApi(OutboxRepository repository, OutboxDelivery delivery, MailTemplates templates, PracticeSettingsService settings,
            VisitorMailLimits visitorLimits, Clock clock) {
        this.repository = repository;
        this.delivery = delivery;
        this.templates = templates;
        this.settings = settings;
        this.visitorLimits = visitorLimits;
        this.clock = clock;
    }

    /**
     * Writes a message from its module's template and queues it in the caller's transaction. For
     * addresses staff chose or confirmed; an address a visitor typed goes through {@link #sendToVisitor}.
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

    /**
     * As {@link #send(String, String, String, Object, String, Map)}, for an address a visitor typed
     * (a form's "your e-mail"): sent only within the site-wide limits per recipient and per client
     * ({@link VisitorMailLimits}), so nobody can aim the practice's mail at someone else. Every
     * module sends to a typed address this way.
     *
     * @param client who asked for it ({@code shared.ClientAddress}), or null when the visitor's
     *     request is long past (a reply notice): then only the recipient's limit applies
     * @param onceKey as for {@link #sendToPracticeOnce}, or null
     * @return whether it was queued; a refusal is counted for the dashboard and queues nothing
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean sendToVisitor(String client, String onceKey, String to, String toName, String template, Object model,
            String kind, Map<String, String> headers) {
        if (onceKey != null && repository.hasOnceKey(onceKey)) {
            return true;
        }
        if (!visitorLimits.allow(to, client, kind)) {
            return false;
        }
        write(onceKey, to, toName, template, model, kind, headers);
        return true;
    }

    /** How many messages to visitors' addresses the limits refused since then, for the dashboard. */
    @Transactional(readOnly = true)
    public long refusedToVisitorsSince(Instant since) {
        return visitorLimits.refusedSince(since);
    }

    /** Writes a message to the practice itself (the coach), at the contact address in its settings, and queues it. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void sendToPractice(String template, Object model, String kind, Map<String, String> headers) {
        PracticeSettings practice = settings.current();
        send(practice.email(), practice.name(), template, model, kind, headers);
    }

    /**
     * As {@link #sendToPractice}, but queued at most once per {@code onceKey} (e.g.
     * {@code contact-message:42}). Event listeners send this way: an event is delivered again after
     * a crash that came between the listener's commit and the record of its completion, and the
     * coach must still get one message.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void sendToPracticeOnce(String onceKey, String template, Object model, String kind, Map<String, String> headers) {
        PracticeSettings practice = settings.current();
        write(onceKey, practice.email(), practice.name(), template, model, kind, headers);
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

    /**
     * True when an SMTP server is configured ({@code spring.mail.host}); otherwise mail waits in the
     * outbox. Every page that promises an e-mail (or offers to send one) asks this, and says so only
     * when it is true. It is fixed at start-up, like the rest of the configuration, so a public page
     * that depends on it may still be cached: the page cache lives in memory and starts empty after
     * every restart, and instances of one site share one configuration.
     */
    public boolean deliveryConfigured() {
        return delivery.configured();
    }
}
