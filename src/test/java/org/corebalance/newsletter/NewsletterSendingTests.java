package org.corebalance.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Smtp;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.corebalance.shared.SecretTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A newsletter reaches every confirmed subscriber once, through a real SMTP server, with one-click unsubscribe. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class NewsletterSendingTests {

    private static final int SMTP_PORT = Smtp.freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = Smtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        Smtp.register(registry, SMTP_PORT);
    }

    @AfterAll
    static void stopDelivering(@Autowired Scheduler mailScheduler) {
        mailScheduler.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffFixtures staff;

    private String subscriber(String status) {
        String email = status.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        jdbc.sql("""
                insert into subscriber (email, status, source, created_at, unsubscribe_token)
                values (:email, :status, 'footer', :now, :token)""")
                .param("email", email).param("status", status).param("token", SecretTokens.random())
                .param("now", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).update();
        return email;
    }

    private List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(email));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void waitForDelivery(String email, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (receivedBy(email).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    @Test
    void aNewsletterGoesOnceToEachConfirmedSubscriberWithOneClickUnsubscribe() throws Exception {
        String first = subscriber("CONFIRMED");
        String second = subscriber("CONFIRMED");
        String pending = subscriber("PENDING");
        String gone = subscriber("UNSUBSCRIBED");
        String subject = "Breathing week " + UUID.randomUUID().toString().substring(0, 6);

        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        var created = owner.submit("/admin/newsletters/new", "/admin/newsletters", "subject", subject,
                "body", "## This week\n\nBreathe **low**.");
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(owner.page(path).select("#preview strong").text()).isEqualTo("low");

        owner.submit(path, path + "/test");
        waitForDelivery(staff.owner(), 1);
        assertThat(receivedBy(staff.owner())).extracting(MimeMessage::getSubject).contains("[Test] " + subject);
        assertThat(receivedBy(first)).as("a test goes to nobody else").isEmpty();

        owner.submit(path, path + "/send");
        owner.submit(path, path + "/send");
        waitForDelivery(first, 1);
        waitForDelivery(second, 1);
        Thread.sleep(1_000);

        assertThat(receivedBy(first)).hasSize(1);
        assertThat(receivedBy(second)).hasSize(1);
        assertThat(receivedBy(pending)).isEmpty();
        assertThat(receivedBy(gone)).isEmpty();

        MimeMessage message = receivedBy(first).get(0);
        assertThat(message.getSubject()).isEqualTo(subject);
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String listUnsubscribe = message.getHeader("List-Unsubscribe")[0];
        assertThat(listUnsubscribe).matches("<http://localhost:8080/newsletter/unsubscribe\\?token=[A-Za-z0-9_-]{43}>");
        assertThat(body(message)).contains("Unsubscribe in one click", "Breathe");

        var log = owner.page(path).select(".stat-list").text();
        assertThat(log).contains("2 delivered");

        String oneClick = listUnsubscribe.substring(listUnsubscribe.indexOf("/newsletter"), listUnsubscribe.length() - 1);
        assertThat(new Http(port).postForm(oneClick, "List-Unsubscribe=One-Click", "Origin", "https://mail.example").statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("select status from subscriber where email = :e").param("e", first).query(String.class).single())
                .isEqualTo("UNSUBSCRIBED");
    }

    @Test
    void editorsCannotSendNewsletters() {
        Http editor = Http.withCookies(port);
        editor.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
        assertThat(editor.get("/admin/newsletters").statusCode()).isEqualTo(403);
    }

    private static String body(MimeMessage message) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

}
