package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.EventPublications;
import org.corebalance.Http;
import org.corebalance.MutableClock;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Mail to addresses visitors type: limited per recipient and per client, site-wide, with the refusals on the dashboard. */
@CoreBalanceTest
class VisitorMailTests {

    @LocalServerPort
    int port;
    @Autowired
    MailApi mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    StaffFixtures staff;
    String unique;

    @BeforeEach
    void setUp() {
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void resetClock() {
        clock.set(CoreBalanceTest.NOW);
    }

    private boolean send(String client, String to) {
        return mail.sendToVisitor(client, null, to, null, "newsletter/mail/confirmation",
                new org.corebalance.newsletter.ConfirmationMail("https://corebalance.example/x"), "test-visitor", Map.of());
    }

    private long queued(String to) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", to).query(Long.class).single();
    }

    @Test
    void oneAddressGetsAtMostFourADayWhoeverAsks() {
        String victim = "victim-" + unique + "@example.org";
        for (int i = 0; i < 7; i++) {
            boolean sent = send("198.18." + Math.floorMod(unique.hashCode(), 200) + "." + i, i % 2 == 0 ? victim : victim.toUpperCase());
            assertThat(sent).as("send " + (i + 1)).isEqualTo(i < VisitorMailLimits.PER_RECIPIENT);
        }
        assertThat(queued(victim) + queued(victim.toUpperCase())).isEqualTo(VisitorMailLimits.PER_RECIPIENT);

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(send("198.18.0.1", victim)).as("a day later").isTrue();
    }

    @Test
    void oneClientGetsAtMostTenSentADayWhereverTo() {
        String client = "2001:db8:" + Integer.toHexString(unique.hashCode() & 0xffff) + "::/64";
        for (int i = 0; i < 12; i++) {
            assertThat(send(client, "someone" + i + "-" + unique + "@example.org")).as("send " + (i + 1))
                    .isEqualTo(i < VisitorMailLimits.PER_CLIENT);
        }
        assertThat(send(null, "someone-else-" + unique + "@example.org")).as("no client: only the recipient's limit").isTrue();
    }

    @Test
    void theContactThanksQuotesNothingTypedAndIsLimitedPerRecipient() {
        String victim = "contact-victim-" + unique + "@example.org";
        String spam = "Claim your prize at https://scam.example/" + unique;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> sent = new Http(port).postForm("/contact", "name=" + Http.encode(spam) + "&email="
                    + Http.encode(victim) + "&topic=OTHER&message=" + Http.encode(spam + " " + i), "Origin",
                    "http://localhost:" + port, "Sec-Fetch-Site", "same-origin");
            assertThat(sent.statusCode()).isEqualTo(302);
        }
        EventPublications.awaitHandled(jdbc);
        var thanks = jdbc.sql("select recipient_name, subject, body_text, body_html from mail_outbox where recipient = :to")
                .param("to", victim).query().listOfRows();
        assertThat(thanks).hasSize(VisitorMailLimits.PER_RECIPIENT);
        for (var one : thanks) {
            assertThat(one.get("recipient_name")).isNull();
            assertThat(one.get("subject") + " " + one.get("body_text") + " " + one.get("body_html"))
                    .doesNotContain("scam.example").doesNotContain("prize").contains("something else");
        }
        assertThat(jdbc.sql("select count(*) from contact_message where email = :to").param("to", victim)
                .query(Long.class).single()).as("every message still reaches the coach").isEqualTo(6);
    }

    @Test
    void theOwnerSeesRefusedMailOnTheDashboard() {
        String victim = "dashboard-" + unique + "@example.org";
        for (int i = 0; i < VisitorMailLimits.PER_RECIPIENT + 2; i++) {
            send("198.19.0." + i, victim);
        }
        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        String line = owner.page("/admin").select(".stat-list li:has(a[href=/admin/outbox])").text();
        long refused = Long.parseLong(Jsoup.parse(line).text().replaceAll("^(\\d+).*", "$1"));
        assertThat(refused).isGreaterThanOrEqualTo(2);
        assertThat(line).contains("to visitors' addresses refused this week");
    }
}
