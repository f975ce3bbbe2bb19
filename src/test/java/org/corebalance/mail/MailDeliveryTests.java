package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Smtp;
import org.corebalance.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail leaves through a real SMTP server (GreenMail) only after the transaction that queued it
 * commits, survives a refusing server, and arrives once even when delivery passes overlap.
 */
@CoreBalanceTest
@TestPropertySource(properties = {"corebalance.mail.max-attempts=3", "corebalance.mail.batch-size=10"})
class MailDeliveryTests {

    private static final int SMTP_PORT = Smtp.freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = Smtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        Smtp.register(registry, SMTP_PORT);
    }

    /** This context stays cached; its scheduler must not go on trying other test classes' mail. */
    @AfterAll
    static void stopDelivering(@Autowired Scheduler mailScheduler) {
        mailScheduler.stop();
    }

    @Autowired
    MailApi mail;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    String unique;

    @BeforeEach
    void setUp() {
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    /** A plain-text message without recipient name, HTML or extra headers. */
    private static OutgoingMail plain(String to, String subject, String text) {
        return new OutgoingMail(to, null, subject, text, null, Map.of(), "test");
    }

    @Test
    void aRolledBackMessageIsNeverSentAndACommittedOneArrivesOnceWithBothPartsAndItsHeaders() throws Exception {
        String rolledBack = address("rolled-back");
        String committed = address("committed");
        var headers = new LinkedHashMap<String, String>();
        headers.put("List-Unsubscribe", "<https://corebalance.example/newsletter/unsubscribe/" + unique + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        transaction.executeWithoutResult(status -> {
            mail.send(plain(rolledBack, "Never " + unique, "This must not arrive."));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> mail.send(new OutgoingMail(committed, "Ana Client",
                "Week 2 of your plan " + unique, "Plain text " + unique, "<p>HTML <b>" + unique + "</b></p>", headers,
                "newsletter")));

        MimeMessage message = awaitSingleMessageTo(committed);
        assertThat(message.getSubject()).isEqualTo("Week 2 of your plan " + unique);
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("hello@corebalance.example");
        assertThat(from.getPersonal()).isEqualTo("Core Balance");
        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Ana Client");
        assertThat(message.getHeader("List-Unsubscribe", null))
                .isEqualTo("<https://corebalance.example/newsletter/unsubscribe/" + unique + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        Map<String, String> parts = new LinkedHashMap<>();
        collectParts(message, parts);
        assertThat(parts).containsKey("multipart/alternative");
        assertThat(parts.get("text/plain")).contains("Plain text " + unique);
        assertThat(parts.get("text/html")).contains("<p>HTML <b>" + unique + "</b></p>");

        // The server has the message a moment before the pass that sent it marks it sent.
        OutboxEntry entry = awaitEntry(committed, sent -> sent.status() == OutboxStatus.SENT);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.sentAt()).isEqualTo(clock.instant());
        assertThat(entry.kind()).isEqualTo("newsletter");

        // Further passes leave a sent message alone, and the rolled-back one never reached the outbox.
        delivery.deliverDue();
        delivery.deliverDue();
        assertThat(messagesTo(committed)).hasSize(1);
        assertThat(messagesTo(rolledBack)).isEmpty();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", rolledBack)
                .query(Long.class).single()).isZero();
    }

    @Test
    void nothingIsSentBeforeTheTransactionThatQueuedItCommits() throws Exception {
        String to = address("after-commit");

        transaction.executeWithoutResult(status -> {
            mail.send(plain(to, "After commit " + unique, "Sent once committed."));
            // A pass on another thread, as the scheduler runs it, cannot see the uncommitted message.
            passOnAnotherThread();
            assertThat(messagesTo(to)).isEmpty();
        });

        awaitSingleMessageTo(to);
    }

    @Test
    void aRefusingServerLeadsToRetriesWithBackoffAndDeliveryOnceItRecovers() throws Exception {
        String to = address("retry");
        smtp.stop();
        try {
            mail.send(plain(to, "Retry " + unique, "Arrives in the end."));
            Instant queuedAt = clock.instant();

            OutboxEntry first = awaitEntry(to, entry -> entry.attempts() == 1);
            assertThat(first.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(first.nextAttemptAt()).isEqualTo(queuedAt.plusSeconds(30));
            assertThat(first.lastError()).containsIgnoringCase("connect").doesNotContain("\n", "\tat ");

            // Not tried again before its time.
            delivery.deliverDue();
            assertThat(entryFor(to).attempts()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(30));
            OutboxEntry second = awaitEntry(to, entry -> entry.attempts() == 2);
            assertThat(second.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        } finally {
            smtp.start();
        }

        clock.advance(Duration.ofMinutes(2));
        awaitSingleMessageTo(to);
        OutboxEntry sent = awaitEntry(to, entry -> entry.status() == OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.lastError()).containsIgnoringCase("connect");
    }

    @Test
    void aMessageIsGivenUpAfterItsLastAttempt() throws Exception {
        String to = address("given-up");
        smtp.stop();
        try {
            mail.send(plain(to, "Given up " + unique, "Never arrives."));
            awaitEntry(to, entry -> entry.attempts() == 1);
            clock.advance(Duration.ofSeconds(30));
            awaitEntry(to, entry -> entry.attempts() == 2);
            clock.advance(Duration.ofMinutes(2));
            OutboxEntry failed = awaitEntry(to, entry -> entry.status() == OutboxStatus.FAILED);
            assertThat(failed.attempts()).isEqualTo(3);
            assertThat(failed.nextAttemptAt()).isNull();
        } finally {
            smtp.start();
        }

        clock.advance(Duration.ofDays(1));
        delivery.deliverDue();
        assertThat(messagesTo(to)).isEmpty();
        assertThat(entryFor(to).status()).isEqualTo(OutboxStatus.FAILED);
    }

    @Test
    void overlappingDeliveryPassesSendEachMessageExactlyOnce() throws Exception {
        List<String> recipients = IntStream.range(0, 30).mapToObj(i -> address("burst-" + i)).toList();
        transaction.executeWithoutResult(status -> recipients.forEach(
                to -> mail.send(plain(to, "Burst " + unique, "One of thirty."))));

        // Three passes start together on the same due messages, while the scheduler's own pass runs too.
        int passes = 3;
        var start = new CyclicBarrier(passes);
        ExecutorService pool = Executors.newFixedThreadPool(passes);
        try {
            var results = new ArrayList<Future<Integer>>();
            for (int i = 0; i < passes; i++) {
                results.add(pool.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    return delivery.deliverDue();
                }));
            }
            for (Future<Integer> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> recipients.stream().allMatch(to -> !messagesTo(to).isEmpty()));
        delivery.deliverDue();
        for (String to : recipients) {
            assertThat(messagesTo(to)).as(to).hasSize(1);
            OutboxEntry entry = awaitEntry(to, sent -> sent.status() == OutboxStatus.SENT);
            assertThat(entry.attempts()).isEqualTo(1);
        }
    }

    @Test
    void aMessageLeftSendingByACrashedInstanceIsSentOnceItsClaimRunsOut() throws Exception {
        String crashed = address("crashed");
        String busy = address("busy");
        transaction.executeWithoutResult(status -> {
            mail.send(plain(crashed, "Crashed " + unique, "Picked up again."));
            mail.send(plain(busy, "Busy " + unique, "Still claimed."));
            // Another instance claimed both: its claim on the first ran out a minute ago (it crashed),
            // on the second it still runs for a minute (it may be sending right now).
            claimAsAnotherInstance(crashed, clock.instant().minus(Duration.ofMinutes(1)));
            claimAsAnotherInstance(busy, clock.instant().plus(Duration.ofMinutes(1)));
        });

        awaitSingleMessageTo(crashed);
        awaitEntry(crashed, entry -> entry.status() == OutboxStatus.SENT);
        delivery.deliverDue();
        assertThat(messagesTo(busy)).isEmpty();
        assertThat(entryFor(busy).status()).isEqualTo(OutboxStatus.SENDING);

        clock.advance(Duration.ofMinutes(1));
        awaitSingleMessageTo(busy);
        assertThat(messagesTo(crashed)).hasSize(1);
    }

    private void claimAsAnotherInstance(String to, Instant claimedUntil) {
        jdbc.sql("""
                update mail_outbox set status = 'SENDING', claim_token = 'crashed-instance', claimed_until = :until
                where recipient = :to""")
                .param("until", OffsetDateTime.ofInstant(claimedUntil, ZoneOffset.UTC)).param("to", to).update();
    }

    private void passOnAnotherThread() {
        try {
            CompletableFuture.supplyAsync(delivery::deliverDue).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String address(String who) {
        return who + "-" + unique + "@client.example";
    }

    private OutboxEntry entryFor(String to) {
        long id = jdbc.sql("select id from mail_outbox where recipient = :to").param("to", to).query(Long.class).single();
        return mail.find(id).orElseThrow();
    }

    private OutboxEntry awaitEntry(String to, Predicate<OutboxEntry> condition) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> entryFor(to), condition::test);
    }

    private MimeMessage awaitSingleMessageTo(String to) {
        List<MimeMessage> messages = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> messagesTo(to), list -> !list.isEmpty());
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                Address[] recipients = message.getAllRecipients();
                return recipients != null && Arrays.stream(recipients)
                        .anyMatch(address -> ((InternetAddress) address).getAddress().equals(to));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Every part's content by its MIME type, multipart containers included (with an empty value). */
    private static void collectParts(Part part, Map<String, String> into) throws Exception {
        String type = new ContentType(part.getContentType()).getBaseType().toLowerCase();
        if (part.getContent() instanceof Multipart multipart) {
            into.put(type, "");
            for (int i = 0; i < multipart.getCount(); i++) {
                collectParts(multipart.getBodyPart(i), into);
            }
        } else {
            into.put(type, part.getContent().toString());
        }
    }

}
