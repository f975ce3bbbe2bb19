package org.corebalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public page, every back-office page and the pages that come back with a form's mistakes are
 * valid HTML by the W3C Nu HTML Checker (issue 17). The assessment's steps and results are checked
 * in {@code assessment.AssessmentValidHtmlTests}.
 */
@CoreBalanceTest
class ValidHtmlTests {

    static final String ARTICLE = "/blog/tight-psoas-low-back";

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;

    /** The problems found so far, each naming its page, line and the checker's message. */
    private final List<String> problems = new ArrayList<>();

    private void check(String label, HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            problems.add(label + ": answered " + response.statusCode() + ", not " + status);
            return;
        }
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(label).startsWith("text/html");
        HtmlChecker.errors(response.body()).forEach(error -> problems.add(label + " " + error));
        String htmx = HtmlChecker.htmxMismatch(response.body());
        if (htmx != null) {
            problems.add(label + " " + htmx);
        }
    }

    private void check(Http http, String path) {
        check(path, http.get(path), 200);
    }

    private void assertNoProblems() {
        System.out.println("ValidHtmlTests: " + problems.size() + " errors" + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems)));
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckerFindsWhatIssue17Found() {
        String page = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>
                <form action="/x" method="post" hx-post="/x"><input type="datetime-local" name="at" maxlength="16"
                aria-label="When"></form></body></html>""";
        assertThat(HtmlChecker.errors(page)).hasSize(2).anySatisfy(e -> assertThat(e).contains("hx-post"))
                .anySatisfy(e -> assertThat(e).contains("maxlength"));
        assertThat(HtmlChecker.errors(page.replace(" hx-post", " data-hx-post").replace(" maxlength=\"16\"", ""))).isEmpty();
    }

    @Test
    void htmxLoadsOnlyOnPagesThatUseIt() {
        Http reader = new Http(port);
        assertThat(reader.page("/").select("script[src*=htmx]")).as("the home page uses no htmx").isEmpty();
        assertThat(reader.page(ARTICLE).select("script[src*=htmx]")).as("an article's comments form uses it").hasSize(1);
        assertThat(reader.page(ARTICLE).select("[data-hx-post]")).hasSize(1);
        String script = "<script src=\"/js/htmx.min.js\" defer></script>";
        assertThat(HtmlChecker.htmxMismatch("<p>plain</p>" + script)).contains("uses none");
        assertThat(HtmlChecker.htmxMismatch("<form data-hx-post=\"/x\"></form>")).contains("does not load");
        assertThat(HtmlChecker.htmxMismatch("<form data-hx-post=\"/x\"></form>" + script)).isNull();
        assertThat(HtmlChecker.htmxMismatch("<p>plain</p>")).isNull();
    }

    @Test
    void everyPublicPageIsValid() {
        Http reader = new Http(port);
        for (String path : List.of("/", "/blog", ARTICLE, "/blog/tag/general-back-pain", "/contact",
                "/contact/thanks", "/newsletter", "/newsletter/check-email", "/newsletter/confirmed", "/login",
                "/login/forgot", "/login/forgot?sent")) {
            check(reader, path);
        }
        check("/no-such-page", reader.get("/no-such-page"), 404);
        check("/blog/no-such-article", reader.get("/blog/no-such-article"), 404);
        check("/newsletter/confirm with a wrong token", reader.get("/newsletter/confirm?token=wrong"), 410);
        check("/newsletter/unsubscribe with a wrong token", reader.get("/newsletter/unsubscribe?token=wrong"), 410);
        check("/comments/stop with a wrong token", reader.get("/comments/stop?token=wrong"), 404);
        check("/login/reset with a wrong token", reader.get("/login/reset?token=wrong"), 410);
        check("/invitation with a wrong token", reader.get("/invitation?token=wrong"), 410);
        assertNoProblems();
    }

    @Test
    void pagesThatComeBackWithAFormsMistakesAreValid() {
        Http reader = new Http(port);
        check("POST /contact with mistakes", reader.postForm("/contact", "name=&email=nope&topic=OTHER&message=",
                "Origin", reader.base(), "Sec-Fetch-Site", "same-origin"), 422);
        check("POST /newsletter with mistakes", reader.postForm("/newsletter", "email=nope&source=page",
                "Origin", reader.base(), "Sec-Fetch-Site", "same-origin"), 422);
        check("POST comment with mistakes", reader.postForm(ARTICLE + "/comments", "elapsed=60000&name=&email=nope&body=",
                "Origin", reader.base(), "Sec-Fetch-Site", "same-origin"), 422);
        Http stranger = Http.withCookies(port);
        var refused = stranger.submit("/login", "/login", "email", "nobody@corebalance.test", "password", "not the password at all");
        String again = refused.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        check("sign-in refused: " + again, stranger.get(again), 200);
        assertNoProblems();
    }

    @Test
    void everyBackOfficePageIsValid() {
        Http owner = Http.withCookies(port);
        assertThat(owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD).statusCode())
                .isEqualTo(302);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        // Something in each inbox, so its lists and pages show a row.
        new Http(port).postForm("/contact", "elapsed=60000&name=Vera+Valid+" + unique + "&email=vera-" + unique
                + "%40example.org&topic=OTHER&message=Is+this+page+valid%3F", "Origin", owner.base(), "Sec-Fetch-Site", "same-origin");
        new Http(port).postForm(ARTICLE + "/comments", "elapsed=60000&name=Vera+" + unique + "&email=vera-" + unique
                + "%40example.org&body=A+question+about+the+psoas.", "Origin", owner.base(), "Sec-Fetch-Site", "same-origin");
        var newsletter = owner.submit("/admin/newsletters/new", "/admin/newsletters", "subject", "Valid " + unique,
                "body", "## This week\n\nBreathe **low**.");
        assertThat(newsletter.statusCode()).isEqualTo(302);
        assertThat(owner.submit("/admin/redirects", "/admin/redirects", "from", "/valid-" + unique, "to", "/contact").statusCode())
                .isEqualTo(302);

        for (String path : List.of("/admin", "/admin/articles", "/admin/articles/new", "/admin/media", "/admin/comments",
                "/admin/comments/settings", "/admin/leads", "/admin/messages", "/admin/newsletters", "/admin/newsletters/new",
                "/admin/subscribers", "/admin/staff", "/admin/settings", "/admin/outbox", "/admin/password", "/admin/redirects")) {
            check(owner, path);
        }
        check(owner, newsletter.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        String article = firstLink(owner, "/admin/articles", "/admin/articles/\\d+");
        check(owner, article);
        check(owner, article + "/delete");
        check(owner, firstLink(owner, "/admin/messages", "/admin/messages/\\d+"));
        check(owner, firstLink(owner, "/admin/outbox", "/admin/outbox/\\d+"));

        check("POST article with mistakes", owner.submit("/admin/articles/new", "/admin/articles", "title", "", "body", ""), 422);
        check("POST redirect with mistakes", owner.submit("/admin/redirects", "/admin/redirects", "from", "nope", "to",
                "https://elsewhere.example/"), 422);
        check("POST newsletter with mistakes", owner.submit("/admin/newsletters/new", "/admin/newsletters", "subject", "", "body", ""), 422);
        String held = owner.page("/admin/comments").select("form[id^=reply-]").attr("action");
        check("POST a reply from the comment queue with mistakes", owner.submit("/admin/comments", held, "box", "held", "body", ""), 422);
        check(owner, "/admin/comments?box=published");
        check(owner, "/admin/leads?flag=any&status=NEW");
        assertNoProblems();
    }

    private static String firstLink(Http http, String page, String pattern) {
        return http.page(page).select("a[href]").eachAttr("href").stream().filter(href -> href.matches(pattern)).findFirst()
                .orElseThrow(() -> new AssertionError("no link like " + pattern + " on " + page));
    }
}
