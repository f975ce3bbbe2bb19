package org.corebalance.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.MutableClock;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Double opt-in through the e-mailed link, one-click unsubscribe, and the owner's list. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class NewsletterSignUpTests {

    private static final Pattern CONFIRM = Pattern.compile("http://localhost:8080(/newsletter/confirm\\?token=[A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    StaffFixtures staff;
    Http reader;
    String email;

    @BeforeEach
    void setUp() {
        reader = new Http(port);
        email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @AfterEach
    void resetClock() {
        clock.set(CoreBalanceTest.NOW);
    }

    private HttpResponse<String> signUp(String address, String... extra) {
        String body = "email=" + Http.encode(address) + "&source=footer" + (extra.length > 0 ? "&" + extra[0] : "");
        return reader.postForm("/newsletter", body, "Origin", reader.base(), "Sec-Fetch-Site", "same-origin");
    }

    private String status() {
        return jdbc.sql("select status from subscriber where email = :e").param("e", email).query(String.class).single();
    }

    private String confirmLink() {
        String text = jdbc.sql("select body_text from mail_outbox where recipient = :to order by id desc limit 1")
                .param("to", email).query(String.class).single();
        Matcher link = CONFIRM.matcher(text);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private String unsubscribeToken() {
        return jdbc.sql("select unsubscribe_token from subscriber where email = :e").param("e", email).query(String.class).single();
    }

    @Test
    void aPendingAddressGetsAFewConfirmationsADayAndItsLastLinkKeepsWorking() {
        for (int i = 0; i < 10; i++) {
            // Each from a client of its own: the limit is on the recipient, not only on who asks.
            HttpResponse<String> response = new Http(port).postForm("/newsletter", "email=" + Http.encode(email) + "&source=footer",
                    "Origin", reader.base(), "Sec-Fetch-Site", "same-origin");
            assertThat(response.statusCode()).as("the reader sees the same answer either way").isEqualTo(302);
        }
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to and kind = 'newsletter-confirmation'")
                .param("to", email).query(Long.class).single()).isEqualTo(4);
        String token = confirmLink().substring(confirmLink().indexOf('=') + 1);
        HttpResponse<String> confirmed = reader.postForm("/newsletter/confirm", "token=" + token,
                "Origin", reader.base(), "Sec-Fetch-Site", "same-origin");
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/newsletter/confirmed");
        assertThat(status()).isEqualTo("CONFIRMED");
    }

    @Test
    void aReaderConfirmsWithTheButtonBehindTheEmailedLinkAndLeavesInOneClick() {
        HttpResponse<String> sent = signUp(email.toUpperCase());
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/newsletter/check-email");
        assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(status()).isEqualTo("PENDING");

        String link = confirmLink();
        // Opening the link (as an e-mail scanner would) confirms nothing...
        var landing = reader.page(link);
        assertThat(status()).isEqualTo("PENDING");
        String token = landing.selectFirst("input[name=token]").attr("value");
        // ...pressing the button does.
        HttpResponse<String> confirmed = reader.postForm("/newsletter/confirm", "token=" + token,
                "Origin", reader.base(), "Sec-Fetch-Site", "same-origin");
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/newsletter/confirmed");
        assertThat(status()).isEqualTo("CONFIRMED");

        // Replaying the confirmation is harmless.
        HttpResponse<String> again = reader.postForm("/newsletter/confirm", "token=" + token,
                "Origin", reader.base(), "Sec-Fetch-Site", "same-origin");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(status()).isEqualTo("CONFIRMED");

        HttpResponse<String> left = reader.get("/newsletter/unsubscribe?token=" + unsubscribeToken());
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(left.body()).select(".notice-title").text()).isEqualTo("You're unsubscribed");
        assertThat(status()).isEqualTo("UNSUBSCRIBED");
        assertThat(reader.get("/newsletter/unsubscribe?token=" + unsubscribeToken()).statusCode()).as("replay").isEqualTo(200);
    }

    @Test
    void mailProgramsUnsubscribeWithAOneClickPostFromAnywhere() {
        signUp(email);
        HttpResponse<String> response = reader.postForm("/newsletter/unsubscribe?token=" + unsubscribeToken(),
                "List-Unsubscribe=One-Click", "Origin", "https://mail.example");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(status()).isEqualTo("UNSUBSCRIBED");
        assertThat(reader.postForm("/newsletter/unsubscribe?token=nonsense", "List-Unsubscribe=One-Click").statusCode())
                .isEqualTo(410);
    }

    @Test
    void signingUpAgainNeverMakesADuplicateAndAnswersTheSame() {
        signUp(email);
        signUp(email);
        signUp(" " + email + " ");
        assertThat(jdbc.sql("select count(*) from subscriber where email = :e").param("e", email).query(Long.class).single())
                .isEqualTo(1);
        reader.postForm("/newsletter/confirm", "token=" + confirmLink().substring(confirmLink().indexOf('=') + 1),
                "Origin", reader.base());
        long mails = jdbc.sql("select count(*) from mail_outbox where recipient = :e").param("e", email).query(Long.class).single();
        HttpResponse<String> confirmedAgain = signUp(email);
        assertThat(confirmedAgain.headers().firstValue("Location").orElseThrow()).endsWith("/newsletter/check-email");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :e").param("e", email).query(Long.class).single())
                .as("a confirmed subscriber is not mailed again").isEqualTo(mails);
    }

    @Test
    void aConfirmationLinkExpiresAfter48Hours() {
        signUp(email);
        String link = confirmLink();
        clock.advance(Duration.ofHours(47));
        assertThat(reader.get(link).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofHours(2));
        HttpResponse<String> expired = reader.get(link);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(expired.body()).select("a[href=/newsletter]")).isNotEmpty();
        assertThat(reader.get("/newsletter/confirm?token=%3Cscript%3E").statusCode()).isEqualTo(410);
    }

    @Test
    void badAddressesRobotsAndOtherSitesAreTurnedAway() {
        HttpResponse<String> bad = signUp("not-an-email");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(bad.body()).select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        assertThat(signUp("").statusCode()).isEqualTo(422);

        HttpResponse<String> robot = signUp(email, "website=https%3A%2F%2Fspam.example");
        assertThat(robot.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from subscriber where email = :e").param("e", email).query(Long.class).single()).isZero();

        HttpResponse<String> crossSite = reader.postForm("/newsletter", "email=" + Http.encode(email), "Origin", "https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
    }

    @Test
    void theOwnerSeesSubscribersAndDownloadsThemSafeForSpreadsheets() {
        signUp(email);
        signUp("=cmd-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        assertThat(owner.page("/admin/subscribers").select("td").eachText()).contains(email, "pending", "footer");
        HttpResponse<String> csv = owner.get("/admin/subscribers.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("email,status,source").contains("\"" + email + "\",\"pending\",\"footer\"")
                .contains("\"'=cmd-").doesNotContain(",\"=cmd-");

        Http editor = Http.withCookies(port);
        editor.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
        assertThat(editor.get("/admin/subscribers").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/subscribers.csv").statusCode()).isEqualTo(403);
    }
}
