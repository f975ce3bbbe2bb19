package org.corebalance.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corebalance.mail.RenderedMails.HOSTILE;

import java.time.Instant;
import org.corebalance.mail.RenderedMails;
import org.junit.jupiter.api.Test;

/** Every e-mail of the contact module, written with what a stranger could type into the form. */
class ContactMailsTests {

    private static final ContactMessage MESSAGE = new ContactMessage(7, HOSTILE, "rita@example.org", "An article",
            HOSTILE + "\n\nSecond paragraph", "UNREAD", false, Instant.parse("2026-11-24T12:00:00Z"));
    private static final ContactMail MAIL = new ContactMail(MESSAGE, "https://corebalance.example/admin/messages/7");

    @Test
    void theCoachIsToldWhoWroteAboutWhatAndWhereToAnswer() {
        var mail = RenderedMails.render("contact/mail/message", MAIL);
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("New message: An article (<script>alert(1)</script> Ann Bcc: evil@example.org &amp; \"O'Neil\")");
        assertThat(mail.text()).contains(HOSTILE.replace("\r\n", "\n") + "\n\nSecond paragraph")
                .contains("Read it in your inbox <https://corebalance.example/admin/messages/7>");
    }

    @Test
    void theSenderIsThankedWithNothingTheyTyped() {
        var mail = RenderedMails.render("contact/mail/confirmation", new ConfirmationMail(Topic.ARTICLE.inSentence));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("We received your message");
        assertThat(mail.text()).startsWith("Hello,")
                .contains("thank you for writing to Core <b>Balance</b>. Your message about an article has reached us.")
                .contains("If you did not write to us, someone else typed your address");
    }
}
