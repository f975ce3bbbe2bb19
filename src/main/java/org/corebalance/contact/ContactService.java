package org.corebalance.contact;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.corebalance.system.FormRateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives contact messages, at most a few from one address in ten minutes: each is stored with
 * the sender's thanks queued beside it (within the site's limits on mail to typed addresses, and
 * quoting nothing they typed), and {@link ContactMessageReceived} is published with it, so the
 * coach is told once it is committed. A robot's message (the hidden field filled in) is stored as
 * spam for review and nobody is e-mailed.
 */
@Service
class ContactService {

    static final int PER_ADDRESS = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final ContactRepository messages;
    private final FormRateLimiter limiter;
    private final ApplicationEventPublisher events;
    private final MailApi mail;
    private final Clock clock;

    ContactService(ContactRepository messages, FormRateLimiter limiter, ApplicationEventPublisher events, MailApi mail,
            Clock clock) {
        this.messages = messages;
        this.limiter = limiter;
        this.events = events;
        this.mail = mail;
        this.clock = clock;
    }

    /** Stores a checked message from a client's address; false, storing nothing, when that address has sent too many. */
    @Transactional
    boolean receive(ContactForm form, Topic topic, String clientAddress) {
        if (!limiter.allow("contact", clientAddress, PER_ADDRESS, WINDOW)) {
            return false;
        }
        boolean robot = form.website() != null && !form.website().isBlank();
        long id = messages.insert(form.name().strip(), form.email().strip(), topic.label, form.message().strip(), robot,
                clock.instant());
        if (!robot) {
            events.publishEvent(new ContactMessageReceived(id));
            // No name either: it is typed too, and would stand in the To line.
            mail.sendToVisitor(clientAddress, "contact-confirmation:" + id, form.email().strip(), null,
                    "contact/mail/confirmation", new ConfirmationMail(topic.inSentence), "contact-confirmation", Map.of());
        }
        return true;
    }

    List<ContactMessage> inbox(String box) {
        return messages.find(box, 200);
    }

    Optional<ContactMessage> open(long id) {
        var message = messages.findById(id);
        message.filter(ContactMessage::unread).ifPresent(m -> messages.setStatus(id, "READ", clock.instant()));
        return message;
    }

    boolean setStatus(long id, String status) {
        if (messages.findById(id).isEmpty()) {
            return false;
        }
        messages.setStatus(id, status, clock.instant());
        return true;
    }
}
