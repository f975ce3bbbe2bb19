package org.corebalance.contact;

import java.time.Clock;
import java.util.Map;
import org.corebalance.mail.MailApi;
import org.corebalance.mail.OutgoingMail;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives contact messages: stored, the coach told, the sender sent a confirmation, all in one
 * transaction, so that a message is never half received. A robot's message (the hidden field
 * filled in) is stored as spam for review and nobody is e-mailed.
 */
@Service
class ContactService {

    private final ContactRepository messages;
    private final MailApi mail;
    private final PracticeSettingsService settings;
    private final CoreBalanceProperties properties;
    private final Clock clock;

    ContactService(ContactRepository messages, MailApi mail, PracticeSettingsService settings,
            CoreBalanceProperties properties, Clock clock) {
        this.messages = messages;
        this.mail = mail;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    void receive(ContactForm form, Topic topic) {
        boolean robot = form.website() != null && !form.website().isBlank();
        String name = form.name().strip();
        String email = form.email().strip();
        long id = messages.insert(name, email, topic.label, form.message().strip(), robot, clock.instant());
        if (robot) {
            return;
        }
        mail.sendToPractice("New message: " + topic.label + " (" + name + ")",
                """
                %s <%s> wrote about "%s":

                %s

                Read and answer it: %s/admin/messages/%d
                """.formatted(name, email, topic.label, form.message().strip(), properties.baseUrl(), id),
                Map.of("Reply-To", email), "contact-message");
        mail.send(new OutgoingMail(email, name, "We received your message",
                """
                Hello %s,

                thank you for writing to %s. We read every message and usually answer within two working days.

                For reference, you wrote:

                %s
                """.formatted(name, settings.current().name(), form.message().strip()),
                null, Map.of(), "contact-confirmation"));
    }

    java.util.List<ContactMessage> inbox(String box) {
        return messages.find(box, 200);
    }

    java.util.Optional<ContactMessage> open(long id) {
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
