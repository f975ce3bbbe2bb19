package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/**
 * What the outbox page shows about a failed attempt (one short line with the cause or the server's
 * answer, no stack trace), and which answers end a message's attempts. The SMTP exceptions are Angus
 * Mail's own, as its transport throws them.
 */
class OutboxDeliveryTests {

    private static final String RCPT = "RCPT TO:<nobody@client.example>";

    @Test
    void aRecipientRefusedWith5xxIsRefusedForGoodWithTheServersAnswer() throws Exception {
        var refused = new SMTPAddressFailedException(new InternetAddress("nobody@client.example"), RCPT, 554,
                "554 5.7.1 <nobody@client.example>: Recipient address rejected\n");
        var failure = new SendFailedException("Invalid Addresses", refused);

        assertThat(SmtpAnswer.in(failure)).hasValueSatisfying(answer -> {
            assertThat(answer.code()).isEqualTo(554);
            assertThat(answer.permanent()).isTrue();
        });
        assertThat(OutboxDelivery.describe(failure))
                .isEqualTo("Refused by the mail server: 554 5.7.1 <nobody@client.example>: Recipient address rejected");
    }

    @Test
    void aMessageRefusedAfterItsDataIsRefusedForGood() {
        var failure = new SMTPSendFailedException(".", 554, "554-5.7.0 Message rejected\n554 5.7.0 as spam", null,
                null, null, null);

        assertThat(SmtpAnswer.in(failure)).hasValueSatisfying(answer -> assertThat(answer.permanent()).isTrue());
        assertThat(OutboxDelivery.describe(failure))
                .isEqualTo("Refused by the mail server: 554-5.7.0 Message rejected 554 5.7.0 as spam");
    }

    @Test
    void a4xxAnswerIsDeferredNotRefused() throws Exception {
        var greylisted = new SMTPAddressFailedException(new InternetAddress("ana@client.example"), RCPT, 450,
                "450 4.2.0 Greylisted, try again later");
        var failure = new SendFailedException("Invalid Addresses", greylisted);

        assertThat(SmtpAnswer.in(failure)).hasValueSatisfying(answer -> assertThat(answer.permanent()).isFalse());
        assertThat(OutboxDelivery.describe(failure)).isEqualTo("Deferred by the mail server: 450 4.2.0 Greylisted, try again later");
    }

    @Test
    void aRefusedSenderIsTheSettingsFaultSoTheMessageIsTriedAgain() throws Exception {
        var failure = new SMTPSendFailedException("MAIL FROM:<hello@corebalance.example>", 553,
                "553 5.7.1 <hello@corebalance.example>: Sender address rejected: not owned by user", null, null, null, null);
        failure.setNextException(new SMTPSenderFailedException(new InternetAddress("hello@corebalance.example"),
                "MAIL FROM:<hello@corebalance.example>", 553, failure.getMessage()));

        assertThat(SmtpAnswer.in(failure)).hasValueSatisfying(answer -> assertThat(answer.permanent()).isFalse());
        assertThat(OutboxDelivery.describe(failure)).startsWith("Refused by the mail server: 553 5.7.1");
    }

    @Test
    void aFailureWithoutAnAnswerHasNone() {
        var failure = new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));

        assertThat(SmtpAnswer.in(failure)).isEmpty();
        assertThat(SmtpAnswer.in(new IllegalStateException("x", new RuntimeException()))).isEmpty();
    }

    @Test
    void aConnectionFailureNamesTheServerAndTheCause() {
        Map<Object, Exception> failed = new LinkedHashMap<>();
        failed.put(new Object(), new MessagingException("Couldn't connect to host, port: mail.example, 587;\ntimeout 10000",
                new ConnectException("Connection refused")));

        assertThat(OutboxDelivery.describe(new MailSendException(failed)))
                .isEqualTo("Couldn't connect to host, port: mail.example, 587; (ConnectException: Connection refused)");
    }

    @Test
    void aRejectedRecipientShowsTheServersAnswer() {
        var rejected = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <nobody@client.example>: Recipient address rejected"));
        Map<Object, Exception> failed = Map.of(new Object(), rejected);

        assertThat(OutboxDelivery.describe(new MailSendException(failed)))
                .isEqualTo("Invalid Addresses (MessagingException: 550 5.1.1 <nobody@client.example>: Recipient address rejected)");
    }

    @Test
    void anyOtherFailureIsNamedAndKeptShort() {
        String description = OutboxDelivery.describe(new MailParseException("x".repeat(2000)));

        assertThat(description).startsWith("MailParseException: xxx").hasSize(500).doesNotContain("\n");
    }
}
