package org.corebalance.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.EventPublications;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Readers comment under articles, the coach moderates and replies, and people hear of replies. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class CommentsTests {

    static final String ARTICLE = "/blog/walking-for-your-back";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffFixtures staff;
    @Autowired
    HeldCommentDigest digest;
    Http reader;
    String unique;

    @BeforeEach
    void setUp() {
        reader = new Http(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void openComments() {
        jdbc.sql("delete from comment_settings").update();
        jdbc.sql("delete from comment_closed_article").update();
        jdbc.sql("update public_revision set revision = revision + 1").update();
    }

    private HttpResponse<String> comment(Http from, String article, String... fields) {
        var body = new StringBuilder(List.of(fields).contains("elapsed") ? "x=" : "elapsed=60000");
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(Http.encode(fields[i])).append('=').append(Http.encode(fields[i + 1]));
        }
        return from.postForm(article + "/comments", body.toString(), "Origin", from.base());
    }

    private HttpResponse<String> guest(String name, String email, String text, String... more) {
        var fields = new ArrayList<>(List.of("name", name, "email", email, "body", text));
        fields.addAll(List.of(more));
        return comment(reader, ARTICLE, fields.toArray(String[]::new));
    }

    private String status(String name) {
        return jdbc.sql("select status from comment where author_name = :n").param("n", name).query(String.class).single();
    }

    private long idOf(String name) {
        return jdbc.sql("select id from comment where author_name = :n").param("n", name).query(Long.class).single();
    }

    private Document article() {
        return reader.page(ARTICLE);
    }

    private Http owner() {
        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        return owner;
    }

    @Test
    void aGuestsFirstCommentWaitsForTheCoachThenAppearsAndTheirNextOneAppearsAtOnce() {
        String name = "Gina Guest " + unique;
        String email = "gina-" + unique + "@example.org";
        assertThat(article().select("#comments h2").text()).startsWith("Comments");

        HttpResponse<String> posted = guest(name, email, "Walking after dinner *really* helps me.");
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith(ARTICLE + "?comment=held#comments");
        assertThat(posted.headers().allValues("Set-Cookie")).as("a comment creates no session").isEmpty();
        assertThat(reader.page(ARTICLE + "?comment=held").select("#comment-notice").text()).contains("will appear here once the coach");
        assertThat(status(name)).isEqualTo("PENDING");
        assertThat(article().text()).doesNotContain(name);

        Http owner = owner();
        Document queue = owner.page("/admin/comments");
        assertThat(queue.select(".moderation-item").text()).contains(name, email, "First comment from this e-mail address");
        long id = idOf(name);
        assertThat(owner.submit("/admin/comments", "/admin/comments/" + id + "/approve").statusCode()).isEqualTo(302);
        assertThat(owner.page("/admin/comments?box=published&done=1+approved").select(".notice").text()).isEqualTo("1 approved.");

        Document page = article();
        assertThat(page.select("#comment-" + id + " .comment-author").text()).isEqualTo(name);
        assertThat(page.select("#comment-" + id + " .comment-text em").text()).isEqualTo("really");
        assertThat(page.text()).as("the e-mail is never shown").doesNotContain(email);
        assertThat(page.select(".comment-count").text()).matches("\\d+ comments?");

        String second = "Gina Again " + unique;
        HttpResponse<String> again = guest(second, email.toUpperCase(), "And on weekends a longer one.");
        assertThat(again.headers().firstValue("Location").orElseThrow()).contains("?comment=published#comment-");
        assertThat(status(second)).isEqualTo("APPROVED");
        assertThat(article().select("#comment-" + idOf(second)).text()).contains("And on weekends");
    }

    @Test
    void spamRulesHoldCommentsEvenFromAKnownCommenterAndARobotIsKeptAsSpamSilently() {
        String email = "known-" + unique + "@example.org";
        guest("Known " + unique, email, "First.");
        owner().submit("/admin/comments", "/admin/comments/" + idOf("Known " + unique) + "/approve");
        jdbc.sql("insert into comment_settings (id, enabled, audience, blocked_words, updated_at) values (1, true, 'EVERYONE', :words, current_timestamp)")
                .param("words", "casino\nmiracle cure").update();

        guest("Links " + unique, email, "See https://a.example and www.b.example");
        guest("Blocked " + unique, email, "Try this Miracle Cure today");
        comment(reader, ARTICLE, "name", "Fast " + unique, "email", email, "body", "Quick!", "elapsed", "900");
        assertThat(status("Links " + unique)).isEqualTo("PENDING");
        assertThat(status("Blocked " + unique)).isEqualTo("PENDING");
        assertThat(status("Fast " + unique)).isEqualTo("PENDING");
        assertThat(jdbc.sql("select held_reason from comment where author_name = :n").param("n", "Blocked " + unique)
                .query(String.class).single()).contains("miracle cure");

        HttpResponse<String> robot = guest("Robot " + unique, "bot-" + unique + "@example.org", "Buy now", "phone", "555-0100");
        assertThat(robot.statusCode()).isEqualTo(302);
        assertThat(robot.headers().firstValue("Location").orElseThrow()).endsWith("?comment=held#comments");
        assertThat(status("Robot " + unique)).isEqualTo("SPAM");
        assertThat(owner().page("/admin/comments?box=spam").text()).contains("Robot " + unique);
    }

    @Test
    void mistakesComeBackWithMessagesAndNothingIsStored() {
        String name = "Mistaken " + unique;
        HttpResponse<String> missing = guest(name, "", "Text");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(missing.body()).select("#email-error").text()).isEqualTo("Please enter your e-mail address. It is never shown.");

        HttpResponse<String> malformed = guest(name, "not-an-address", "Text", "website", "javascript:alert(1)");
        Document page = Jsoup.parse(malformed.body());
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(page.select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        assertThat(page.select("#website-error").text()).contains("starting with https://");
        assertThat(page.select("textarea#body").text()).isEqualTo("Text");

        HttpResponse<String> tooLong = guest(name, "long-" + unique + "@example.org", "x".repeat(10_001));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooLong.body()).select("#body-error").text())
                .isEqualTo("Your comment is 10,001 characters long; the limit is 10,000. Please shorten it (your text is kept below).");
        assertThat(guest(name, "ok-" + unique + "@example.org", "   ").statusCode()).isEqualTo(422);

        assertThat(guest(name, "ok-" + unique + "@example.org", "Reply", "parent", "abc").statusCode()).isEqualTo(400);
        assertThat(guest(name, "ok-" + unique + "@example.org", "Reply", "parent", "999999999").statusCode()).isEqualTo(400);
        assertThat(comment(reader, "/blog/no-such-article", "name", name, "email", "a@example.org", "body", "x").statusCode())
                .isEqualTo(404);
        assertThat(reader.postForm(ARTICLE + "/comments", "name=x&email=a%40example.org&body=x", "Origin", "https://evil.example")
                .statusCode()).isEqualTo(403);

        assertThat(jdbc.sql("select count(*) from comment where author_name = :n").param("n", name).query(Long.class).single())
                .isZero();
    }

    @Test
    void htmxGetsTheSectionInPlaceWithItsMessages() {
        HttpResponse<String> wrong = reader.postForm(ARTICLE + "/comments", "name=H&email=nope&body=x",
                "Origin", reader.base(), "HX-Request", "true");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).doesNotContain("<html").contains("id=\"comments\"");
        assertThat(Jsoup.parse(wrong.body()).select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");

        HttpResponse<String> right = reader.postForm(ARTICLE + "/comments",
                "elapsed=60000&name=Hana+" + unique + "&email=hana-" + unique + "%40example.org&body=Hello",
                "Origin", reader.base(), "HX-Request", "true");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(right.body()).select("#comment-notice").text()).contains("Thank you, your comment has arrived");
    }

    @Test
    void aReaderWithASessionGetsTheTokenTheirCommentNeeds() {
        Http withSession = Http.withCookies(port);
        withSession.get("/login");
        assertThat(withSession.cookie("CB_SESSION")).as("the sign-in page starts a session").isNotNull();
        assertThat(withSession.get(ARTICLE).headers().firstValue("Cache-Control").orElseThrow()).contains("private");
        HttpResponse<String> posted = withSession.submit(ARTICLE, ARTICLE + "/comments", "elapsed", "60000",
                "name", "Session " + unique, "email", "session-" + unique + "@example.org", "body", "With a cookie");
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(status("Session " + unique)).isEqualTo("PENDING");
        assertThat(reader.page(ARTICLE).select("#comment-form input[name=_csrf]")).as("readers without a session get no token")
                .isEmpty();
    }

    @Test
    void twoHundredCommentsAMinuteFromOneAddressAreTurnedAwayWithAHumanMessage() {
        Http flood = new Http(port);
        int refused = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 200; i++) {
            last = comment(flood, ARTICLE, "name", "Flood " + unique, "email", "flood-" + unique + "@example.org", "body", "Spam " + i);
            if (last.statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(200 - CommentService.PER_ADDRESS);
        assertThat(Jsoup.parse(last.body()).select("#body-error").text()).contains("Please wait ten minutes");
        assertThat(jdbc.sql("select count(*) from comment where author_name = :n").param("n", "Flood " + unique)
                .query(Long.class).single()).isEqualTo(CommentService.PER_ADDRESS);
        assertThat(jdbc.sql("select count(*) from comment where author_name = :n and status = 'APPROVED'")
                .param("n", "Flood " + unique).query(Long.class).single()).isZero();
    }

    @Test
    void theCoachRepliesAsTheCoachAndTheCommenterIsToldWithAOneClickWayToStop() {
        String name = "Asker " + unique;
        String email = "asker-" + unique + "@example.org";
        guest(name, email, "Should I walk when it hurts?", "notifyReplies", "true");
        long question = idOf(name);
        Http owner = owner();
        owner.submit("/admin/comments", "/admin/comments/" + question + "/approve");

        Document replyForm = owner.page(ARTICLE + "?reply=" + question);
        assertThat(replyForm.select("#comment-form-heading").text()).isEqualTo("Reply to " + name);
        HttpResponse<String> reply = owner.submit(ARTICLE + "?reply=" + question, ARTICLE + "/comments",
                "parent", String.valueOf(question), "body", "Gently, yes: short and easy walks.");
        assertThat(reply.statusCode()).isEqualTo(302);

        Document page = article();
        var replies = page.select("#comment-" + question + " .comment-replies .comment");
        assertThat(replies).hasSize(1);
        assertThat(replies.select(".badge-coach").text()).isEqualTo("Coach");
        assertThat(replies.text()).contains("short and easy walks");

        EventPublications.awaitHandled(jdbc);
        var notice = jdbc.sql("select subject, body_text, headers from mail_outbox where kind = 'comment-reply' and recipient = :to")
                .param("to", email).query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(notice.get(0)).contains("New reply to your comment");
        assertThat(notice.get(1)).contains("short and easy walks", "(the coach)");
        assertThat(notice.get(2)).contains("List-Unsubscribe-Post");
        String token = jdbc.sql("select notify_token from comment where id = :id").param("id", question).query(String.class).single();
        assertThat(notice.get(1)).as("the stop link is in the message").contains("/comments/stop?token=" + token);
        assertThat(notice.get(2)).contains("/comments/stop?token=" + token);

        assertThat(reader.page("/comments/stop?token=" + token).select("h1").text()).isEqualTo("No more reply e-mails");
        assertThat(reader.page("/comments/stop?token=" + token).select("h1").text()).as("a replayed link is harmless")
                .isEqualTo("No more reply e-mails");
        assertThat(reader.postForm("/comments/stop?token=" + token, "List-Unsubscribe=One-Click", "Origin", "https://mail.example")
                .statusCode()).isEqualTo(200);
        assertThat(reader.get("/comments/stop?token=nonsense").statusCode()).isEqualTo(404);

        guest("Other " + unique, "other-" + unique + "@example.org", "Me too", "parent", String.valueOf(question));
        owner.submit("/admin/comments", "/admin/comments/" + idOf("Other " + unique) + "/approve");
        EventPublications.awaitHandled(jdbc);
        assertThat(jdbc.sql("select count(*) from mail_outbox where kind = 'comment-reply' and recipient = :to")
                .param("to", email).query(Long.class).single()).as("no notice after stopping").isEqualTo(1);
    }

    @Test
    void aReplyToAReplyJoinsTheSameThread() {
        String top = "Top " + unique;
        guest(top, "top-" + unique + "@example.org", "Top level");
        Http owner = owner();
        owner.submit("/admin/comments", "/admin/comments/" + idOf(top) + "/approve");
        guest("First reply " + unique, "r1-" + unique + "@example.org", "Reply one", "parent", String.valueOf(idOf(top)));
        owner.submit("/admin/comments", "/admin/comments/" + idOf("First reply " + unique) + "/approve");
        guest("Second reply " + unique, "r2-" + unique + "@example.org", "Reply two", "parent",
                String.valueOf(idOf("First reply " + unique)));
        assertThat(jdbc.sql("select parent_id from comment where author_name = :n").param("n", "Second reply " + unique)
                .query(Long.class).single()).isEqualTo(idOf(top));
    }

    @Test
    void theOwnerClosesCommentsSiteWideOrPerArticleOrOpensThemToMembersOnly() {
        Http owner = owner();
        long walking = jdbc.sql("select id from article where slug = 'walking-for-your-back'").query(Long.class).single();
        long bridge = jdbc.sql("select id from article where slug = 'bridge-done-well'").query(Long.class).single();
        List<String> open = new ArrayList<>(List.of("enabled", "true", "audience", "EVERYONE", "blockedWords", ""));
        jdbc.sql("select id from article where status = 'PUBLISHED' and id <> :w").param("w", walking).query(Long.class).list()
                .forEach(id -> open.addAll(List.of("open", String.valueOf(id))));
        assertThat(owner.submit("/admin/comments/settings", "/admin/comments/settings", open.toArray(String[]::new))
                .statusCode()).isEqualTo(302);

        assertThat(article().select("#comment-form").text()).contains("Comments are closed on this article");
        assertThat(article().select("form#comment-form")).isEmpty();
        assertThat(guest("Closed " + unique, "c-" + unique + "@example.org", "x").statusCode()).isEqualTo(403);
        assertThat(reader.page("/blog/bridge-done-well").select("form#comment-form")).hasSize(1);

        List<String> members = new ArrayList<>(List.of("enabled", "true", "audience", "MEMBERS", "blockedWords", "",
                "open", String.valueOf(walking), "open", String.valueOf(bridge)));
        owner.submit("/admin/comments/settings", "/admin/comments/settings", members.toArray(String[]::new));
        assertThat(article().select("#comment-form").text()).contains("open to members");
        assertThat(guest("Guest " + unique, "g-" + unique + "@example.org", "x").statusCode()).isEqualTo(403);
        assertThat(owner.submit(ARTICLE, ARTICLE + "/comments", "body", "The coach may always write.").statusCode()).isEqualTo(302);

        owner.submit("/admin/comments/settings", "/admin/comments/settings", "audience", "EVERYONE", "blockedWords", "");
        assertThat(reader.page("/blog/bridge-done-well").select("#comment-form").text()).contains("Comments are closed");
        assertThat(owner.submit("/admin/comments/settings", "/admin/comments/settings", "audience", "SOMEONE").statusCode())
                .isEqualTo(422);
    }

    @Test
    void theCoachIsToldOfHeldCommentsInOneEmailNotOnePerComment() {
        for (int i = 0; i < 3; i++) {
            guest("Held " + i + " " + unique, "held" + i + "-" + unique + "@example.org", "Waiting " + i);
        }
        digest.sendDue();
        digest.sendDue();
        var digests = jdbc.sql("select body_text from mail_outbox where kind = 'comments-held' and body_text like :u")
                .param("u", "%" + unique + "%").query(String.class).list();
        assertThat(digests).as("one e-mail for all three, and none again").hasSize(1);
        assertThat(digests.get(0)).contains("Held 0 " + unique, "Held 1 " + unique, "Held 2 " + unique, "/admin/comments");
    }

    @Test
    void manyCommentsAreModeratedAtOnceAndEditorsModerateButCannotChangeSettings() {
        guest("Bulk A " + unique, "ba-" + unique + "@example.org", "a");
        guest("Bulk B " + unique, "bb-" + unique + "@example.org", "b");
        Http owner = owner();
        assertThat(owner.submit("/admin/comments", "/admin/comments", "action", "spam", "ids", String.valueOf(idOf("Bulk A " + unique)),
                "ids", String.valueOf(idOf("Bulk B " + unique))).statusCode()).isEqualTo(302);
        assertThat(status("Bulk A " + unique)).isEqualTo("SPAM");
        assertThat(status("Bulk B " + unique)).isEqualTo("SPAM");
        owner.submit("/admin/comments", "/admin/comments", "action", "delete", "box", "spam", "ids", String.valueOf(idOf("Bulk A " + unique)));
        assertThat(jdbc.sql("select count(*) from comment where author_name = :n").param("n", "Bulk A " + unique)
                .query(Long.class).single()).isZero();
        assertThat(owner.submit("/admin/comments", "/admin/comments", "action", "explode").statusCode()).isEqualTo(400);

        Http editor = Http.withCookies(port);
        editor.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
        assertThat(editor.get("/admin/comments?box=spam").statusCode()).isEqualTo(200);
        assertThat(editor.get("/admin/comments/settings").statusCode()).isEqualTo(403);
        assertThat(new Http(port).get("/admin/comments").statusCode()).isEqualTo(302);
    }
}
