package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/** What the outbox page shows about a failed attempt: one short line with the cause, no stack trace. */
class OutboxDeliveryTests {

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
