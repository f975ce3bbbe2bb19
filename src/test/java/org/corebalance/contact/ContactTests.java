package org.corebalance.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.EventPublications;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A reader writes through /contact; the coach is told and reads it in the inbox. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class ContactTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffFixtures staff;
    @Autowired
    ContactNotices notices;
    Http reader;
    String unique;

    @BeforeEach
    void setUp() {
        reader = new Http(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> send(String... fields) {
        var body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(Http.encode(fields[i])).append('=').append(Http.encode(fields[i + 1]));
        }
        return reader.postForm("/contact", body.toString(), "Origin", reader.base(), "Sec-Fetch-Site", "same-origin");
    }

    private long stored(String name) {
        return jdbc.sql("select count(*) from contact_message where name = :name").param("name", name).query(Long.class).single();
    }

    @Test
    void aMessageIsStoredTheCoachToldAndTheSenderThankedWithoutASession() {
        var form = reader.get("/contact");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().allValues("Set-Cookie")).isEmpty();

        String name = "Rita Reader " + unique;
        HttpResponse<String> sent = send("name", name, "email", "rita-" + unique + "@example.org", "topic", "ASSESSMENT",
                "message", "Is the assessment suitable after a hip replacement?", "website", "");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/contact/thanks");
        assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(reader.page("/contact/thanks").select(".notice").text()).contains("your message has arrived");

        assertThat(stored(name)).isEqualTo(1);
        EventPublications.awaitHandled(jdbc);
        assertThat(jdbc.sql("select count(*) from mail_outbox where kind = 'contact-message' and subject like :s")
                .param("s", "%" + unique + "%").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox where kind = 'contact-confirmation' and recipient = :to")
                .param("to", "rita-" + unique + "@example.org").query(Long.class).single()).isEqualTo(1);

        // After a crash between the listener's commit and the record of its completion, the event comes again.
        long id = jdbc.sql("select id from contact_message where name = :name").param("name", name).query(Long.class).single();
        notices.on(new ContactMessageReceived(id));
        assertThat(jdbc.sql("select count(*) from mail_outbox where kind like 'contact-%' and once_key like :k")
                .param("k", "contact-%:" + id).query(Long.class).single()).as("still one notice and one confirmation").isEqualTo(2);
    }

    @Test
    void mistakesComeBackWithMessagesAndTheTextKept() {
        String name = "Mo Mistake " + unique;
        HttpResponse<String> response = send("name", name, "email", "not-an-email", "topic", "DRAGONS",
                "message", "x".repeat(10_000));
        assertThat(response.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(response.body());
        assertThat(page.select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        assertThat(page.select("#topic-error").text()).isEqualTo("Please choose what your message is about.");
        assertThat(page.select("#message-error").text()).isEqualTo("Please keep your message under 5,000 characters.");
        assertThat(page.selectFirst("#name").attr("value")).isEqualTo(name);

        HttpResponse<String> missing = send("name", "", "email", "", "topic", "", "message", "");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(missing.body()).select("#email-error").text()).startsWith("Please enter your e-mail address");
        assertThat(stored(name)).isZero();
    }

    @Test
    void aRobotFillingTheHiddenFieldIsAcceptedSilentlyAndKeptAsSpam() {
        String name = "Robot " + unique;
        HttpResponse<String> response = send("name", name, "email", "bot@example.org", "topic", "OTHER",
                "message", "Buy now", "website", "https://spam.example");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select spam from contact_message where name = :name").param("name", name).query(Boolean.class).single())
                .isTrue();
        EventPublications.awaitHandled(jdbc);
        assertThat(jdbc.sql("select count(*) from mail_outbox where body_text like :n").param("n", "%" + name + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void manyMessagesFromOneAddressAreRefusedWithAHumanMessage() {
        HttpResponse<String> last = null;
        for (int i = 0; i <= ContactService.PER_ADDRESS; i++) {
            last = send("name", "Flood " + unique, "email", "flood@example.org", "topic", "OTHER", "message", "Hello " + i);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(last.body()).select("#message-error").text()).startsWith("You have sent several messages");
        assertThat(Jsoup.parse(last.body()).selectFirst("#message").text()).isEqualTo("Hello " + ContactService.PER_ADDRESS);
    }

    @Test
    void anotherSiteCannotSendTheForm() {
        HttpResponse<String> response = reader.postForm("/contact", "name=X&email=x%40example.org&topic=OTHER&message=Hi",
                "Origin", "https://evil.example");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theOwnerReadsArchivesAndEditorsCannotSeeMessages() {
        String name = "Inbox " + unique;
        send("name", name, "email", "inbox@example.org", "topic", "TRAINING", "message", "When does the trial start?");
        long id = jdbc.sql("select id from contact_message where name = :name").param("name", name).query(Long.class).single();

        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        assertThat(owner.page("/admin/messages").select("tr.unread a").eachText()).contains(name);
        var message = owner.page("/admin/messages/" + id);
        assertThat(message.selectFirst(".message-text").text()).isEqualTo("When does the trial start?");
        assertThat(owner.page("/admin/messages").select("tr.unread a").eachText()).doesNotContain(name);

        owner.submit("/admin/messages/" + id, "/admin/messages/" + id + "/archive");
        assertThat(owner.page("/admin/messages").select("td a").eachText()).doesNotContain(name);
        assertThat(owner.page("/admin/messages?box=archived").select("td a").eachText()).contains(name);
        assertThat(owner.get("/admin/messages/999999999").statusCode()).isEqualTo(404);

        Http editor = Http.withCookies(port);
        editor.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
        assertThat(editor.get("/admin/messages").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/messages/" + id).statusCode()).isEqualTo(403);
    }
}
