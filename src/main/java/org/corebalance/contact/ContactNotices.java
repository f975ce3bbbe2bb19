package org.corebalance.contact;

import java.util.Map;
import org.corebalance.mail.MailApi;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once a reader's message is stored, e-mails it to the coach (replies go to the reader), at most
 * once even if the event is delivered again. (The reader's thanks is queued with the message.)
 */
@Component
class ContactNotices {

    private final ContactRepository messages;
    private final MailApi mail;
    private final CoreBalanceProperties properties;

    ContactNotices(ContactRepository messages, MailApi mail, CoreBalanceProperties properties) {
        this.messages = messages;
        this.mail = mail;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ContactMessageReceived received) {
        messages.findById(received.messageId()).ifPresent(message -> {
            var model = new ContactMail(message, properties.baseUrl() + "/admin/messages/" + message.id());
            mail.sendToPracticeOnce("contact-message:" + message.id(), "contact/mail/message", model, "contact-message",
                    Map.of("Reply-To", message.email()));
        });
    }
}
