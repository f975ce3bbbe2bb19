package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.MutableClock;
import org.corebalance.shared.SecretTokens;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Password reset and staff invitations, through the links in the e-mails the outbox holds. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class StaffEmailFlowsTests {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/[a-z/]+\\?token=[A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(CoreBalanceTest.NOW);
    }

    /** The path of the link in the newest e-mail to this address. */
    private String linkSentTo(String email) {
        String text = jdbc.sql("select body_text from mail_outbox where recipient = :to order by id desc limit 1")
                .param("to", email).query(String.class).single();
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    private long mailsTo(String email) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", email).query(Long.class).single();
    }

    @Test
    void knownAndUnknownAddressesAreAnsweredAfterTheSameTime() {
        String editor = staff.editor();
        Http http = Http.withCookies(port);
        http.page("/login/forgot");
        var known = new java.util.ArrayList<Long>();
        var unknown = new java.util.ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            long started = System.nanoTime();
            http.submit("/login/forgot", "/login/forgot", "email", editor);
            known.add((System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            http.submit("/login/forgot", "/login/forgot", "email", "nobody-" + UUID.randomUUID() + "@corebalance.test");
            unknown.add((System.nanoTime() - started) / 1_000_000);
        }
        // Each submit also fetches the form for its token (a few ms); the answer itself waits the fixed time.
        long fixed = PasswordResetController.ANSWER_AFTER.toMillis();
        assertThat(known).allMatch(ms -> ms >= fixed);
        assertThat(unknown).allMatch(ms -> ms >= fixed);
        assertThat(mailsTo(editor)).as("three links an hour; the rest only take the same time").isEqualTo(3);
    }

    @Test
    void aForgottenPasswordIsResetOnceThroughTheEmailedLink() {
        String editor = staff.editor();
        String nobody = "nobody-" + UUID.randomUUID() + "@corebalance.test";
        Http http = Http.withCookies(port);

        HttpResponse<String> known = http.submit("/login/forgot", "/login/forgot", "email", editor);
        HttpResponse<String> unknown = http.submit("/login/forgot", "/login/forgot", "email", nobody);
        assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(302);
        assertThat(known.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
        assertThat(mailsTo(nobody)).isZero();
        assertThat(mailsTo(editor)).isEqualTo(1);

        String link = linkSentTo(editor);
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(jdbc.sql("select count(*) from account_token where token_hash = :t").param("t", token).query(Long.class).single())
                .as("the token itself is never stored").isZero();
        assertThat(jdbc.sql("select count(*) from account_token where token_hash = :t").param("t", SecretTokens.sha256(token))
                .query(Long.class).single()).isEqualTo(1);

        var form = http.page(link);
        assertThat(form.selectFirst("h1").text()).isEqualTo("Choose a new password");
        HttpResponse<String> weak = http.submit(link, "/login/reset", "token", token, "password", "short", "confirmation", "short");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(weak.body()).select("#password-error").text()).isEqualTo("Use at least 12 characters.");

        HttpResponse<String> done = http.submit(link, "/login/reset", "token", token,
                "password", "new spine, new breath, new day", "confirmation", "new spine, new breath, new day");
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> again = http.get(link);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(again.body()).selectFirst("h1").text()).isEqualTo("This link no longer works");
        assertThat(Jsoup.parse(again.body()).select("a[href=/login/forgot]")).hasSize(1);

        Http signIn = Http.withCookies(port);
        assertThat(StaffSignInTests.location(StaffSignInTests.signIn(signIn, editor, StaffFixtures.PASSWORD, false))).endsWith("?error");
        assertThat(StaffSignInTests.location(StaffSignInTests.signIn(signIn, editor, "new spine, new breath, new day", false)))
                .endsWith("/admin");
    }

    @Test
    void aResetLinkExpiresAfterThirtyMinutes() {
        String editor = staff.editor();
        Http http = Http.withCookies(port);
        http.submit("/login/forgot", "/login/forgot", "email", editor);
        String link = linkSentTo(editor);

        clock.advance(Duration.ofMinutes(29));
        assertThat(http.get(link).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(http.get(link).statusCode()).isEqualTo(410);
        assertThat(http.get("/login/reset?token=not-a-real-token").statusCode()).isEqualTo(410);
        assertThat(http.get("/login/reset").statusCode()).isEqualTo(410);
    }

    @Test
    void theOwnerInvitesAnEditorWhoChoosesAPasswordAndCanBeRemovedAgain() {
        String email = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@corebalance.test";
        Http owner = Http.withCookies(port);
        StaffSignInTests.signIn(owner, staff.owner(), StaffFixtures.PASSWORD, false);

        HttpResponse<String> invite = owner.submit("/admin/staff", "/admin/staff", "name", "Ivy Invited", "email", email);
        assertThat(invite.statusCode()).isEqualTo(302);
        var list = owner.page("/admin/staff");
        assertThat(list.select(".notice").text()).contains("The invitation for " + email + " waits in the Outbox");
        assertThat(list.select("tr:contains(" + email + ") .status").text()).isEqualTo("invited");

        HttpResponse<String> twice = owner.submit("/admin/staff", "/admin/staff", "name", "Ivy Again", "email", email.toUpperCase());
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(twice.body()).select("#email-error").text()).contains("already has an account");

        var outbox = owner.page("/admin/outbox");
        assertThat(outbox.select("td").eachText()).contains(email);

        Http ivy = Http.withCookies(port);
        String link = linkSentTo(email);
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(ivy.page(link).selectFirst(".lead").text()).contains(email);
        HttpResponse<String> accepted = ivy.submit(link, "/invitation", "token", token,
                "password", "ivy writes calm articles", "confirmation", "ivy writes calm articles");
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(ivy.get(link).statusCode()).isEqualTo(410);
        StaffSignInTests.signIn(ivy, email, "ivy writes calm articles", false);
        assertThat(ivy.get("/admin/articles").statusCode()).isEqualTo(200);
        assertThat(ivy.get("/admin/staff").statusCode()).isEqualTo(403);

        long id = jdbc.sql("select id from account where email = :e").param("e", email).query(Long.class).single();
        HttpResponse<String> removed = owner.submit("/admin/staff", "/admin/staff/" + id + "/remove");
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(ivy.get("/admin/articles").statusCode()).as("signed out at once").isEqualTo(302);
        assertThat(StaffSignInTests.location(StaffSignInTests.signIn(Http.withCookies(port), email, "ivy writes calm articles", false)))
                .endsWith("?error");
    }

    @Test
    void theOwnerCannotBeRemovedAndEditorsCannotInvite() {
        Http owner = Http.withCookies(port);
        StaffSignInTests.signIn(owner, staff.owner(), StaffFixtures.PASSWORD, false);
        long ownerId = jdbc.sql("select id from account where is_owner").query(Long.class).single();
        assertThat(owner.submit("/admin/staff", "/admin/staff/" + ownerId + "/remove").statusCode()).isEqualTo(404);

        Http editor = Http.withCookies(port);
        StaffSignInTests.signIn(editor, staff.editor(), StaffFixtures.PASSWORD, false);
        String token = editor.csrfToken("/admin/password");
        HttpResponse<String> response = editor.postForm("/admin/staff", "_csrf=" + Http.encode(token) + "&name=X&email=x%40example.org",
                "Origin", editor.base());
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
