package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.corebalance.CoreBalanceApplication;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Smtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance dies (kill -9) in the middle of a delivery batch: it had picked the delivery job, sent
 * part of its batch and still holds claims on the rest. Another instance, running with the production
 * timings (5 s poll, 5 s between passes), sends everything within a minute of the crash, each message
 * once, the claimed ones under the Message-IDs the dead pass gave them.
 *
 * <p>A JVM cannot kill -9 a context running inside itself, so the dead instance is the state it
 * leaves in the database: the job's row picked by it with its last heartbeat at the moment of the
 * crash, and its batch's rows sent or claimed (both at the worst moment: the heartbeat and the claim
 * renewed just before). The surviving instance is a real second application on a database of its own
 * (a fresh in-memory H2, or its own schema on PostgreSQL), so nothing else queues or sends mail there.
 * {@code bench/outbox-crash.sh} does the same with a real kill -9 of one of two packaged jars.
 */
@CoreBalanceTest
class OutboxCrashRecoveryTests {

    private static final int SMTP_PORT = Smtp.freePort();
    private static final String DEAD_INSTANCE = "crashed-host#4242";
    private static final String DEAD_PASS = "dead-pass";

    @RegisterExtension
    static final GreenMailExtension smtp = Smtp.server(SMTP_PORT);

    @Autowired
    Environment environment;
    @Autowired
    JdbcClient mainDatabase;

    @Test
    void mailGoesOnWithinAMinuteOfACrashMidBatchOnTheSurvivingInstanceEachMessageOnce() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String schema = "outbox_crash_" + unique.replace('-', '_');
        String url = environment.getRequiredProperty("spring.datasource.url");
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--corebalance.demo.enabled=false",
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
                // Production timings: the test profile polls every 200 ms.
                "--corebalance.jobs.poll-interval=5s", "--corebalance.mail.delivery-interval=5s"));
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (postgres) {
            args.add("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            args.add("--spring.flyway.schemas=" + schema);
        } else if (url.startsWith("jdbc:h2:")) {
            args.add("--spring.datasource.url=jdbc:h2:mem:" + schema
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        } else {
            throw new IllegalStateException("No database of its own for the surviving instance on " + url);
        }

        try (ConfigurableApplicationContext survivor = new SpringApplicationBuilder(CoreBalanceApplication.class)
                .profiles("test").run(args.toArray(String[]::new))) {
            JdbcClient jdbc = survivor.getBean(JdbcClient.class);
            MailApi mail = survivor.getBean(MailApi.class);
            Duration claim = survivor.getBean(MailSettings.class).claimTimeout();

            Instant crashedAt = crashWhileHoldingTheDeliveryJob(jdbc);
            List<String> recipients = IntStream.range(0, 150).mapToObj(i -> "reader-" + i + "-" + unique + "@client.example")
                    .toList();
            recipients.forEach(to -> mail.send(new OutgoingMail(to, null, "Newsletter " + unique, "Week 3 for " + to,
                    null, Map.of(), "newsletter")));
            List<Long> ids = recipients.stream().map(to -> jdbc.sql("select id from mail_outbox where recipient = :to")
                    .param("to", to).query(Long.class).single()).toList();
            // The dead pass's batch of 50: 20 sent and recorded, 30 claimed (one of them was on the wire).
            List<Long> sentBeforeTheCrash = ids.subList(0, 20);
            List<Long> claimedByTheDeadPass = ids.subList(20, 50);
            for (long id : sentBeforeTheCrash) {
                jdbc.sql("""
                        update mail_outbox set status = 'SENT', attempts = 1, sent_at = :at, next_attempt_at = null,
                               message_id = '<' || cast(id as varchar(20)) || '.dead-pass@corebalance.example>'
                        where id = :id""").param("at", utc(crashedAt.minusSeconds(1))).param("id", id).update();
            }
            for (long id : claimedByTheDeadPass) {
                jdbc.sql("""
                        update mail_outbox set status = 'SENDING', claim_token = :token, claimed_until = :until,
                               message_id = '<' || cast(id as varchar(20)) || '.dead-pass@corebalance.example>'
                        where id = :id""").param("token", DEAD_PASS).param("until", utc(crashedAt.plus(claim)))
                        .param("id", id).update();
            }

            // While the dead instance's last heartbeat is fresh, its job is not run anywhere else.
            sleepUntil(crashedAt.plusSeconds(25));
            assertThat(receivedBy(unique)).isEmpty();
            assertThat(pickedBy(jdbc)).isEqualTo(DEAD_INSTANCE);

            Instant firstArrival = null;
            Instant allArrived = null;
            while (allArrived == null && Instant.now().isBefore(crashedAt.plusSeconds(90))) {
                int arrived = receivedBy(unique).size();
                if (arrived > 0 && firstArrival == null) {
                    firstArrival = Instant.now();
                }
                if (arrived >= 130) {
                    allArrived = Instant.now();
                }
                Thread.sleep(100);
            }
            assertThat(allArrived).as("every unsent message arrived within 90 s of the crash").isNotNull();
            Duration resumed = Duration.between(crashedAt, firstArrival);
            Duration finished = Duration.between(crashedAt, allArrived);
            System.out.printf("Outbox after a crash mid-batch: mail resumed %.1f s and all 130 messages were sent %.1f s"
                    + " after the crash%n", resumed.toMillis() / 1000.0, finished.toMillis() / 1000.0);
            assertThat(finished).isLessThan(Duration.ofSeconds(60));

            Map<String, List<MimeMessage>> byRecipient = receivedBy(unique).stream()
                    .collect(Collectors.groupingBy(OutboxCrashRecoveryTests::recipient));
            for (int i = 0; i < recipients.size(); i++) {
                String to = recipients.get(i);
                if (i < 20) {
                    assertThat(byRecipient.get(to)).as("sent before the crash: " + to).isNull();
                    continue;
                }
                assertThat(byRecipient.get(to)).as(to).hasSize(1);
                String messageId = byRecipient.get(to).get(0).getMessageID();
                if (i < 50) {
                    assertThat(messageId).isEqualTo("<" + ids.get(i) + ".dead-pass@corebalance.example>");
                } else {
                    assertThat(messageId).endsWith("@corebalance.example>").doesNotContain(DEAD_PASS);
                }
            }
            Map<String, Long> statuses = jdbc.sql("select status, count(*) as n from mail_outbox group by status")
                    .query(rs -> {
                        var counts = new HashMap<String, Long>();
                        while (rs.next()) {
                            counts.put(rs.getString("status"), rs.getLong("n"));
                        }
                        return counts;
                    });
            assertThat(statuses).isEqualTo(Map.of("SENT", 150L));
            assertThat(pickedBy(jdbc)).isNotEqualTo(DEAD_INSTANCE);
        } finally {
            if (postgres) {
                mainDatabase.sql("drop schema if exists " + schema + " cascade").update();
            }
        }
    }

    /**
     * Makes the delivery job's row look as a crashed instance leaves it: picked by that instance, with
     * its last heartbeat now. Waits for the moment the survivor is not running the job itself.
     */
    private static Instant crashWhileHoldingTheDeliveryJob(JdbcClient jdbc) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Instant now = Instant.now();
            int picked = jdbc.sql("""
                    update scheduled_tasks set picked = true, picked_by = :instance, last_heartbeat = :now,
                           version = version + 1
                    where task_name = :task and picked = false""")
                    .param("instance", DEAD_INSTANCE).param("now", utc(now)).param("task", MailSchedulerConfig.DELIVERY_TASK)
                    .update();
            if (picked == 1) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The delivery job never showed up free in scheduled_tasks");
    }

    private static String pickedBy(JdbcClient jdbc) {
        return jdbc.sql("select picked_by from scheduled_tasks where task_name = :task")
                .param("task", MailSchedulerConfig.DELIVERY_TASK).query(String.class).optional().orElse(null);
    }

    private static List<MimeMessage> receivedBy(String unique) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipient(message).contains(unique)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
