package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With no SMTP server configured, queued mail waits in the outbox, where the coach can read it. */
@CoreBalanceTest
class MailWithoutSmtpTests {

    @Autowired
    MailApi mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void messagesStayPendingAndReadableInTheOutbox() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String to = "no-smtp-" + unique + "@client.example";
        assertThat(mail.deliveryConfigured()).isFalse();

        Instant queuedAt = Instant.now();
        mail.send(new OutgoingMail(to, "Ana Client", "Your reply " + unique, "Thanks for writing.",
                "<p>Thanks for writing.</p>", Map.of("Reply-To", "hello@corebalance.example"), "contact-reply"));

        // The delivery job has run since: it left the message alone.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql(
                        "select last_success from scheduled_tasks where task_name = :task")
                .param("task", MailSchedulerConfig.DELIVERY_TASK).query(OffsetDateTime.class).optional()
                .filter(lastSuccess -> lastSuccess.toInstant().isAfter(queuedAt)).isPresent());

        OutboxEntry entry = mail.recent(20).stream().filter(e -> e.to().equals(to)).findFirst().orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.subject()).isEqualTo("Your reply " + unique);
        assertThat(entry.kind()).isEqualTo("contact-reply");
        assertThat(entry.text()).isEqualTo("Thanks for writing.");
        assertThat(entry.html()).isEqualTo("<p>Thanks for writing.</p>");
        assertThat(entry.createdAt()).isEqualTo(clock.instant());
        assertThat(entry.sentAt()).isNull();
        assertThat(entry.lastError()).isNull();
        assertThat(mail.find(entry.id())).contains(entry);
        assertThat(mail.find(-1)).isEmpty();
    }
}
