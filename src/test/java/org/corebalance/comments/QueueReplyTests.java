package org.corebalance.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.EventPublications;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coach answers a comment from the moderation queue: a held one is approved with the reply,
 * the reply is the coach's and its commenter hears of it; an empty or too long reply comes back
 * with its message, and the queue's other rules (spam, who may) hold.
 */
@CoreBalanceTest
class QueueReplyTests {

    static final String ARTICLE = "/blog/walking-for-your-back";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffFixtures staff;
    Http reader;
    String unique;

    @BeforeEach
    void setUp() {
        reader = new Http(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    /** A guest's first comment, which waits for the coach; its id. */
    private long heldComment(String name, String... more) {
        var body = new StringBuilder("elapsed=60000&name=" + Http.encode(name) + "&email=" + Http.encode(email(name))
                + "&body=" + Http.encode("Is walking after dinner too late?"));
        for (int i = 0; i < more.length; i += 2) {
            body.append('&').append(more[i]).append('=').append(Http.encode(more[i + 1]));
        }
        assertThat(reader.postForm(ARTICLE + "/comments", body.toString(), "Origin", reader.base()).statusCode()).isEqualTo(302);
        return jdbc.sql("select id from comment where author_name = :n").param("n", name).query(Long.class).single();
    }

    private static String email(String name) {
        return name.toLowerCase().replace(' ', '-') + "@example.org";
    }

    private Http signedIn(String email) {
        Http http = Http.withCookies(port);
        http.submit("/login", "/login", "email", email, "password", StaffFixtures.PASSWORD);
        return http;
    }

    private String status(long id) {
        return jdbc.sql("select status from comment where id = :id").param("id", id).query(String.class).single();
    }

    private List<String> replies(long id) {
        return jdbc.sql("select author_name || '|' || case when by_coach then 'coach' else 'reader' end || '|' || status || '|' || body_markdown from comment where parent_id = :id")
                .param("id", id).query(String.class).list();
    }

    @Test
    void replyingToAHeldCommentApprovesItPublishesTheCoachsReplyAndTellsTheCommenter() {
        String name = "Quinn Queue " + unique;
        long id = heldComment(name, "notifyReplies", "true");
        Http owner = signedIn(staff.owner());
        Document queue = owner.page("/admin/comments");
        var item = queue.select("#c" + id);
        assertThat(item.select("form[id=reply-" + id + "]")).as("the reply form is not nested in the bulk form").isEmpty();
        assertThat(queue.select("form#reply-" + id).attr("action")).isEqualTo("/admin/comments/" + id + "/reply");
        assertThat(item.select("textarea[form=reply-" + id + "]").attr("name")).isEqualTo("body");
        assertThat(item.select("button[form=reply-" + id + "]").text()).isEqualTo("Approve and reply to " + name);

        HttpResponse<String> replied = owner.submit("/admin/comments", "/admin/comments/" + id + "/reply",
                "box", "held", "body", "Not at all: **ten easy minutes** is plenty. <script>alert(1)</script>");
        assertThat(replied.statusCode()).isEqualTo(302);
        String back = replied.headers().firstValue("Location").orElseThrow();
        assertThat(back).matches(".*/admin/comments\\?box=held&replied=\\d+");
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(replies(id)).singleElement().asString().startsWith("Olivia Owner|coach|APPROVED|Not at all");

        var notice = owner.page(back.replaceFirst("^https?://[^/]+", "")).select(".notice");
        assertThat(notice.text()).isEqualTo("Approved, and your reply is published. See it under the article.");
        long reply = Long.parseLong(back.replaceAll(".*replied=", ""));
        assertThat(notice.select("a").attr("href")).isEqualTo(ARTICLE + "#comment-" + reply);

        Document article = reader.page(ARTICLE);
        var answer = article.select("#comment-" + id + " .comment-replies #comment-" + reply);
        assertThat(answer.select(".badge-coach").text()).isEqualTo("Coach");
        assertThat(answer.select(".comment-text strong").text()).isEqualTo("ten easy minutes");
        assertThat(answer.select("script")).isEmpty();

        EventPublications.awaitHandled(jdbc);
        assertThat(jdbc.sql("select count(*) from mail_outbox where kind = 'comment-reply' and recipient = :to")
                .param("to", email(name)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withHtmxTheCommentsPlaceInTheQueueSaysSoAndTheCountsFollow() {
        long id = heldComment("Hana Htmx " + unique);
        Http owner = signedIn(staff.owner());
        Document published = owner.page("/admin/comments");
        String token = published.select("form#reply-" + id + " input[name=_csrf]").val();
        HttpResponse<String> replied = owner.postForm("/admin/comments/" + id + "/reply", "_csrf=" + Http.encode(token)
                + "&box=held&body=Yes%2C+gently.", "HX-Request", "true", "Origin", owner.base());
        assertThat(replied.statusCode()).isEqualTo(200);
        Document part = Jsoup.parseBodyFragment(replied.body());
        assertThat(part.select("li#c" + id + " .notice").text()).startsWith("Approved, and your reply is published.");
        assertThat(part.select("nav#comment-boxes[data-hx-swap-oob]").text()).contains("Waiting (", "Published (");
        assertThat(replied.body()).doesNotContain("<html");
        assertThat(replies(id)).hasSize(1);

        HttpResponse<String> again = owner.postForm("/admin/comments/" + id + "/reply", "_csrf=" + Http.encode(token)
                + "&box=published&body=", "HX-Request", "true", "Origin", owner.base());
        assertThat(again.statusCode()).isEqualTo(422);
        Document item = Jsoup.parseBodyFragment(again.body());
        assertThat(item.select("li#c" + id + " #reply-" + id + "-error").text()).isEqualTo("Please write your reply.");
        assertThat(item.select("li#c" + id + " details[open] button").text()).isEqualTo("Reply to Hana Htmx " + unique);
        assertThat(replies(id)).hasSize(1);
    }

    @Test
    void anEmptyOrTooLongReplyComesBackWithItsMessageAndNothingChanges() {
        long id = heldComment("Erin Empty " + unique);
        Http owner = signedIn(staff.owner());

        HttpResponse<String> empty = owner.submit("/admin/comments", "/admin/comments/" + id + "/reply", "box", "held",
                "body", "   ");
        assertThat(empty.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(empty.body());
        assertThat(page.select("#reply-" + id + "-error").text()).isEqualTo("Please write your reply.");
        assertThat(page.select(".error-summary").text()).contains("Please write your reply.");
        assertThat(page.select("#c" + id + " details.moderation-reply").hasAttr("open")).isTrue();

        String tooLong = "Walk. ".repeat(1700);
        HttpResponse<String> longOne = owner.submit("/admin/comments", "/admin/comments/" + id + "/reply", "box", "held",
                "body", tooLong);
        assertThat(longOne.statusCode()).isEqualTo(422);
        Document again = Jsoup.parse(longOne.body());
        assertThat(again.select("#reply-" + id + "-error").text()).startsWith("Your reply is 10,199 characters long; the limit is 10,000.");
        assertThat(again.select("#reply-" + id + "-body").text()).as("the text is kept").isEqualTo(tooLong.strip());

        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(replies(id)).isEmpty();
    }

    @Test
    void spamUnknownCommentsAndTheSpamBoxAreRefusedWithReasons() {
        long id = heldComment("Sam Spam " + unique);
        Http owner = signedIn(staff.owner());
        owner.submit("/admin/comments", "/admin/comments/" + id + "/spam");
        assertThat(status(id)).isEqualTo("SPAM");

        HttpResponse<String> spam = owner.submit("/admin/comments", "/admin/comments/" + id + "/reply", "box", "held",
                "body", "Hello");
        assertThat(spam.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(spam.body()).select(".error-summary").text())
                .isEqualTo("Your reply was not published: This comment is marked as spam. Approve it first if you want to answer it.");
        String token = owner.csrfToken("/admin/comments");
        HttpResponse<String> inPlace = owner.postForm("/admin/comments/" + id + "/reply", "_csrf=" + Http.encode(token)
                + "&box=held&body=Hello", "HX-Request", "true", "Origin", owner.base());
        assertThat(inPlace.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parseBodyFragment(inPlace.body()).select("li#c" + id + " [role=alert]").text())
                .contains("marked as spam");
        HttpResponse<String> gone = owner.submit("/admin/comments", "/admin/comments/999999999/reply", "box", "held", "body", "Hello");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(gone.body()).select(".error-summary").text()).contains("There is no such comment");
        assertThat(owner.submit("/admin/comments", "/admin/comments/" + id + "/reply", "box", "spam", "body", "Hello")
                .statusCode()).isEqualTo(400);
        assertThat(owner.page("/admin/comments?box=spam").select("#c" + id + " details.moderation-reply")).isEmpty();
        assertThat(replies(id)).isEmpty();
    }

    @Test
    void editorsReplyAsModeratorsDoButNobodyWithoutASessionOrItsToken() {
        long id = heldComment("Ed Answer " + unique);
        Http editor = signedIn(staff.editor());
        assertThat(editor.postForm("/admin/comments/" + id + "/reply", "box=held&body=Hello", "Origin", editor.base())
                .statusCode()).as("without the CSRF token").isEqualTo(403);
        assertThat(new Http(port).postForm("/admin/comments/" + id + "/reply", "box=held&body=Hello", "Origin", reader.base())
                .statusCode()).as("nobody signed in").isIn(302, 403);
        assertThat(replies(id)).isEmpty();

        assertThat(editor.submit("/admin/comments", "/admin/comments/" + id + "/reply", "box", "held", "body", "Welcome!")
                .statusCode()).isEqualTo(302);
        assertThat(replies(id)).singleElement().asString().startsWith("Eddie Editor|coach|APPROVED|Welcome!");
    }
}
