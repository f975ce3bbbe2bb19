package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.MutableClock;
import org.corebalance.membership.StaffFixtures;
import org.corebalance.system.CoreBalanceProperties;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A delivery pass against an SMTP server that answers as each test says: a batch goes over one
 * connection, each message keeps its Message-ID across attempts, a 5xx refusal fails the message at
 * once with the server's answer while a 4xx one is retried, and a batch that takes longer than its
 * claim keeps its messages from other passes.
 *
 * <p>The application here has no SMTP server (its own job leaves mail alone); the tests run a real
 * {@link OutboxDelivery} pointed at the scripted server, one pass at a time, on the shared database.
 */
@CoreBalanceTest
class DeliveryPassTests {

    private static final String MESSAGE_ID = "<\\d+\\.[0-9a-f-]{36}@corebalance\\.example>";

    static ScriptedSmtpServer server;

    @Autowired
    OutboxRepository repository;
    @Autowired
    MailSettings settings;
    @Autowired
    CoreBalanceProperties properties;
    @Autowired
    MutableClock clock;
    @Autowired
    MailApi mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffFixtures staff;
    @LocalServerPort
    int port;

    OutboxDelivery delivery;
    String unique;

    @BeforeAll
    static void startServer() throws Exception {
        server = new ScriptedSmtpServer();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        clock.set(CoreBalanceTest.NOW);
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        var senders = new StaticListableBeanFactory(Map.of("mailSender", sender));
        delivery = new OutboxDelivery(repository, senders.getBeanProvider(JavaMailSenderImpl.class), clock, settings,
                properties);
        unique = UUID.randomUUID().toString().substring(0, 8);
        // Whatever other tests left due goes first, so that each test's pass holds only its own messages.
        server.acceptEverything();
        delivery.deliverDue();
    }

    @AfterEach
    void theServerAnsweredAsScripted() {
        assertThat(server.takeScriptFailures()).isEmpty();
    }

    @Test
    void aBatchGoesOverOneConnectionAndEachMessageOnceWithAMessageIdOfItsOwn() {
        List<String> recipients = queue("batch", 20);
        int connectionsBefore = server.connections();

        assertThat(delivery.deliverDue()).isEqualTo(20);

        assertThat(server.connections() - connectionsBefore).isEqualTo(1);
        Set<String> ids = new HashSet<>();
        for (String to : recipients) {
            List<ScriptedSmtpServer.Received> got = server.receivedBy(to);
            assertThat(got).as(to).hasSize(1);
            OutboxEntry entry = entryFor(to);
            assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.messageId()).matches(MESSAGE_ID).isEqualTo(got.get(0).messageId());
            ids.add(entry.messageId());
        }
        assertThat(ids).hasSize(20);
        assertThat(delivery.deliverDue()).isZero();
    }

    @Test
    void aPermanentRefusalFailsTheMessageAtOnceWithTheServersAnswerAndTheOthersStillGo() {
        String first = address("first");
        String unknown = address("unknown");
        String spam = address("spam");
        String last = address("last");
        for (String to : List.of(first, unknown, spam, last)) {
            mail.send(plain(to));
        }
        server.answerRecipients(to -> to.equals(unknown)
                ? "554 5.7.1 <" + unknown + ">: Recipient address rejected: no such mailbox" : ScriptedSmtpServer.OK);
        server.answerMessages(message -> message.recipient().equals(spam)
                ? "554 5.7.0 Message rejected as spam" : ScriptedSmtpServer.OK);

        assertThat(delivery.deliverDue()).isEqualTo(2);

        assertThat(server.receivedBy(first)).hasSize(1);
        assertThat(server.receivedBy(last)).hasSize(1);
        OutboxEntry refused = entryFor(unknown);
        assertThat(refused.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.nextAttemptAt()).isNull();
        assertThat(refused.lastError()).isEqualTo(
                "Refused by the mail server: 554 5.7.1 <" + unknown + ">: Recipient address rejected: no such mailbox");
        OutboxEntry rejected = entryFor(spam);
        assertThat(rejected.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(rejected.attempts()).isEqualTo(1);
        assertThat(rejected.lastError()).isEqualTo("Refused by the mail server: 554 5.7.0 Message rejected as spam");

        // Never tried again, however long the outbox waits.
        server.acceptEverything();
        clock.advance(Duration.ofDays(2));
        delivery.deliverDue();
        assertThat(server.timesTried(unknown)).isEqualTo(1);
        assertThat(server.receivedBy(spam)).hasSize(1);
        assertThat(entryFor(unknown).status()).isEqualTo(OutboxStatus.FAILED);

        // The owner sees why on the outbox page, in the list and on the message.
        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        Document list = owner.page("/admin/outbox");
        String row = list.select("tr:has(a[href=/admin/outbox/" + refused.id() + "])").text();
        assertThat(row).contains("failed", "554 5.7.1", "no such mailbox");
        Document message = owner.page("/admin/outbox/" + refused.id());
        assertThat(message.select(".message-facts").text())
                .contains("Status failed", "Why it failed Refused by the mail server: 554 5.7.1")
                .contains("Message-ID " + refused.messageId());
    }

    @Test
    void aTemporaryRefusalIsRetriedWithBackoffAndTheRetryKeepsTheMessageId() {
        String later = address("later");
        String greylisted = address("greylisted");
        mail.send(plain(later));
        mail.send(plain(greylisted));
        Instant queuedAt = clock.instant();
        server.answerRecipients(to -> to.equals(greylisted) ? "450 4.2.0 <" + greylisted + ">: Greylisted, try again later"
                : ScriptedSmtpServer.OK);
        server.answerMessages(message -> message.recipient().equals(later)
                ? "451 4.3.0 Temporary local problem, try again later" : ScriptedSmtpServer.OK);

        assertThat(delivery.deliverDue()).isZero();

        OutboxEntry deferred = entryFor(later);
        assertThat(deferred.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(deferred.attempts()).isEqualTo(1);
        assertThat(deferred.nextAttemptAt()).isEqualTo(queuedAt.plusSeconds(30));
        assertThat(deferred.lastError()).isEqualTo("Deferred by the mail server: 451 4.3.0 Temporary local problem, try again later");
        OutboxEntry grey = entryFor(greylisted);
        assertThat(grey.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(grey.lastError()).startsWith("Deferred by the mail server: 450 4.2.0");

        // Not before its time; then the server takes both.
        server.acceptEverything();
        clock.advance(Duration.ofSeconds(29));
        delivery.deliverDue();
        assertThat(server.receivedBy(later)).hasSize(1);
        assertThat(server.timesTried(greylisted)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        delivery.deliverDue();

        List<ScriptedSmtpServer.Received> attempts = server.receivedBy(later);
        assertThat(attempts).extracting(ScriptedSmtpServer.Received::accepted).containsExactly(false, true);
        assertThat(attempts.get(0).messageId()).matches(MESSAGE_ID).isEqualTo(attempts.get(1).messageId());
        OutboxEntry sent = entryFor(later);
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.messageId()).isEqualTo(attempts.get(0).messageId());
        assertThat(server.timesTried(greylisted)).isEqualTo(2);
        assertThat(entryFor(greylisted).status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void afterThreeFailuresInARowThePassLeavesTheRestUntouchedForTheNext() {
        List<String> recipients = queue("busy", 5);
        server.answerMessages(message -> "451 4.7.1 Rate limit exceeded, slow down");

        assertThat(delivery.deliverDue()).isZero();

        assertThat(recipients.stream().map(to -> entryFor(to).attempts()))
                .containsExactly(1, 1, 1, 0, 0);
        assertThat(recipients.stream().map(to -> entryFor(to).status())).containsOnly(OutboxStatus.PENDING);
        assertThat(server.timesTried(recipients.get(3))).isZero();

        server.acceptEverything();
        assertThat(delivery.deliverDue()).as("the untouched ones are due at once").isEqualTo(2);
    }

    @Test
    void aServerThatHangsUpMidBatchCostsOneMessageAnAttemptAndTheRestGoOverANewConnection() {
        List<String> recipients = queue("hang-up", 6);
        String dropped = recipients.get(2);
        server.answerMessages(message -> message.recipient().equals(dropped) && server.receivedBy(dropped).isEmpty()
                ? ScriptedSmtpServer.HANG_UP : ScriptedSmtpServer.OK);
        int connectionsBefore = server.connections();

        assertThat(delivery.deliverDue()).isEqualTo(5);

        assertThat(server.connections() - connectionsBefore).isEqualTo(2);
        OutboxEntry entry = entryFor(dropped);
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).contains("421 4.3.2");
        for (String to : recipients) {
            if (!to.equals(dropped)) {
                assertThat(server.receivedBy(to)).as(to).hasSize(1);
                assertThat(entryFor(to).status()).isEqualTo(OutboxStatus.SENT);
            }
        }
    }

    @Test
    void aBatchThatOutlastsItsClaimRenewsItSoNoOtherPassTakesItsMessages() {
        List<String> recipients = queue("slow", 8);
        Set<String> mine = Set.copyOf(recipients);
        Map<Long, String> takenByAnotherPass = new ConcurrentHashMap<>();
        // Each message takes the server 20 s (by the application's clock), two thirds of a claim; after
        // each one, another pass tries to claim whatever is due.
        server.answerMessages(message -> {
            if (mine.contains(message.recipient())) {
                clock.advance(Duration.ofSeconds(20));
                String token = UUID.randomUUID().toString();
                repository.claimDue(clock.instant(), clock.instant().plus(settings.claimTimeout()), token, 500,
                        "other.example").forEach(claimed -> takenByAnotherPass.put(claimed.id(), claimed.to()));
                repository.release(token);
            }
            return ScriptedSmtpServer.OK;
        });

        assertThat(delivery.deliverDue()).isEqualTo(8);

        assertThat(takenByAnotherPass.values()).doesNotContainAnyElementsOf(recipients);
        for (String to : recipients) {
            assertThat(server.receivedBy(to)).as(to).hasSize(1);
            OutboxEntry entry = entryFor(to);
            assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(entry.attempts()).isEqualTo(1);
        }
    }

    private List<String> queue(String who, int count) {
        List<String> recipients = IntStream.range(0, count).mapToObj(i -> address(who + "-" + i)).toList();
        recipients.forEach(to -> mail.send(plain(to)));
        return recipients;
    }

    private String address(String who) {
        return who + "-" + unique + "@client.example";
    }

    private OutgoingMail plain(String to) {
        return new OutgoingMail(to, null, "Pass " + unique, "A message for " + to, null, Map.of(), "test");
    }

    private OutboxEntry entryFor(String to) {
        long id = jdbc.sql("select id from mail_outbox where recipient = :to").param("to", to).query(Long.class).single();
        return mail.find(id).orElseThrow();
    }
}
