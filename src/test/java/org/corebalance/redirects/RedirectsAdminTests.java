package org.corebalance.redirects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The owner's redirects from old addresses, over real HTTP: added, served, counted, removed, and every refusal. */
@CoreBalanceTest
class RedirectsAdminTests {

    static final String PAGE = "/admin/redirects";

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    RedirectHits hits;

    Http owner;
    Http reader;
    String unique;

    @BeforeEach
    void setUp() {
        owner = signedIn(staff.owner());
        reader = new Http(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private Http signedIn(String email) {
        Http http = Http.withCookies(port);
        assertThat(http.submit("/login", "/login", "email", email, "password", StaffFixtures.PASSWORD).statusCode()).isEqualTo(302);
        return http;
    }

    private HttpResponse<String> add(String from, String to) {
        return owner.submit(PAGE, PAGE, "from", from, "to", to);
    }

    /** Adds a redirect that must be accepted. */
    private void added(String from, String to) {
        HttpResponse<String> response = add(from, to);
        assertThat(response.statusCode()).as(from + " -> " + to + ": " + errors(response)).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(PAGE);
    }

    /** The field messages of a refused form (422). */
    private static String errors(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select(".error-message").eachText().toString();
    }

    private String refusal(String from, String to, String field) {
        HttpResponse<String> response = add(from, to);
        assertThat(response.statusCode()).as(from + " -> " + to).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".error-summary").text()).isEqualTo("The redirect was not added. Please look at the fields marked below.");
        // What was typed comes back to be corrected.
        assertThat(page.selectFirst("input#from").attr("value")).isEqualTo(from);
        return page.select("#" + field + "-error").text();
    }

    private Element row(String from) {
        return owner.page(PAGE).select("ul.redirect-list > li").stream()
                .filter(li -> li.selectFirst("a").text().equals(from)).findFirst().orElse(null);
    }

    @Test
    void anOldAddressLeadsToItsPageIsCountedAndStopsOnceRemoved() {
        String old = "/about-us-" + unique;
        assertThat(reader.get(old).statusCode()).isEqualTo(404);
        added("https://old-site.example" + old + "/?page_id=7", "/contact");

        for (String typed : new String[] {old, old + "/", old.toUpperCase()}) {
            HttpResponse<String> moved = reader.get(typed);
            assertThat(moved.statusCode()).as(typed).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).as(typed).contains("/contact");
            assertThat(moved.headers().firstValue("Set-Cookie")).as(typed).isEmpty();
        }
        assertThat(reader.get(old + "?utm_source=mail").headers().firstValue("Location")).contains("/contact?utm_source=mail");

        hits.flush();
        Element listed = row(old);
        assertThat(listed).isNotNull();
        assertThat(listed.select(".redirect-route a")).extracting(a -> a.attr("href")).containsExactly(old, "/contact");
        assertThat(listed.select(".redirect-route").text()).isEqualTo(old + " \u2192 leads to /contact");
        assertThat(listed.select(".redirect-use").text()).startsWith("Used 4 times, last on Nov 24, 2026");

        String remove = listed.selectFirst("form").attr("action");
        HttpResponse<String> removed = owner.submit(PAGE, remove);
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(owner.page(PAGE).select(".notice").text()).isEqualTo("Removed the redirect from " + old + ".");
        assertThat(row(old)).isNull();
        assertThat(reader.get(old).statusCode()).isEqualTo(404);
        assertThat(owner.submit(PAGE, remove).statusCode()).as("removing it again").isEqualTo(404);
    }

    @Test
    void aRedirectMayLeadToAnArticleAFullAddressOfThisSiteOrAnotherRedirect() {
        String first = "/first-" + unique;
        String second = "/second-" + unique;
        added(second, "http://localhost:8080/blog/tight-psoas-low-back#s-stability-first");
        added(first, second);
        assertThat(reader.get(second).headers().firstValue("Location")).contains("/blog/tight-psoas-low-back#s-stability-first");
        assertThat(reader.get(first).headers().firstValue("Location")).contains(second);
        assertThat(owner.page(PAGE).select(".notice").text()).isEqualTo("Added: " + first + " now leads to " + second + ".");

        String unicode = "/über-uns-" + unique;
        added(unicode, "/contact");
        assertThat(reader.get("/%C3%BCber-uns-" + unique).headers().firstValue("Location")).contains("/contact");
    }

    @Test
    void aRedirectNeverLeadsToItselfOrRoundInALoop() {
        String a = "/a-" + unique;
        String b = "/b-" + unique;
        String c = "/c-" + unique;
        assertThat(refusal(a, a, "to")).isEqualTo("A redirect can't lead to the address it comes from.");
        assertThat(refusal(a, a.toUpperCase() + "/?x=1", "to")).isEqualTo("A redirect can't lead to the address it comes from.");

        added(a, b);
        assertThat(refusal(b, a, "to")).isEqualTo("That would make a loop: " + a + " already leads back to " + b + ".");
        added(b, c);
        assertThat(refusal(c, a, "to")).isEqualTo("That would make a loop: " + a + " already leads back to " + c + ".");
        assertThat(refusal(a.toUpperCase(), "/contact", "from")).startsWith("There is already a redirect from " + a + " (to " + b + ").");
    }

    @Test
    void aRedirectNeverLeavesTheSite() {
        String old = "/old-" + unique;
        for (String offSite : new String[] {"https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)"}) {
            assertThat(refusal(old, offSite, "to")).as(offSite).startsWith("A redirect can only lead to a page of this site");
        }
        assertThat(reader.get(old).statusCode()).isEqualTo(404);
    }

    @Test
    void aRedirectNeverHidesALivePage() {
        for (String live : new String[] {"/", "/contact", "/Contact/", "/blog", "/assessment", "/blog/tight-psoas-low-back",
                "/Blog/Tight-Psoas-Low-Back", "/blog/tag/general-back-pain", "/css/site.css", "/feed.xml", "/login",
                "http://old-site.example/contact/"}) {
            assertThat(refusal(live, "/newsletter", "from")).as(live).contains("is a page of this site now");
        }
        assertThat(reader.get("/contact").statusCode()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWithReasonsNever500() {
        assertThat(refusal("", "", "from")).startsWith("Please enter the old address");
        assertThat(refusal("", "", "to")).startsWith("Please enter where");
        assertThat(refusal("about-us", "/contact", "from")).startsWith("An old address starts with /");
        assertThat(refusal("/a<b>" + unique, "/contact", "from")).startsWith("Use only letters");
        assertThat(refusal("/a\"" + unique, "/contact", "from")).startsWith("Use only letters");
        assertThat(refusal("/" + "x".repeat(301), "/contact", "from")).contains("under 300 characters");
        assertThat(refusal("/ok-" + unique, "/" + "y".repeat(700), "to")).contains("under 600 characters");
        assertThat(refusal("/ok-" + unique, "/a{b}", "to")).startsWith("Use only letters");
        // Fields missing altogether read as empty.
        HttpResponse<String> bare = owner.postForm(PAGE, "_csrf=" + Http.encode(owner.csrfToken(PAGE)), "Origin", owner.base());
        assertThat(bare.statusCode()).isEqualTo(422);
        assertThat(owner.postForm(PAGE + "/not-a-number/remove", "_csrf=" + Http.encode(owner.csrfToken(PAGE)),
                "Origin", owner.base()).statusCode()).isEqualTo(400);
    }

    @Test
    void onlyTheOwnerManagesRedirects() {
        HttpResponse<String> anonymous = reader.get(PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(reader.postForm(PAGE, "from=%2Fx&to=%2Fcontact", "Origin", reader.base()).statusCode()).isEqualTo(403);

        Http editor = signedIn(staff.editor());
        assertThat(editor.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(editor.postForm(PAGE, "_csrf=" + Http.encode(editor.csrfToken("/admin/articles/new")) + "&from=%2Fx-" + unique
                + "&to=%2Fcontact", "Origin", editor.base()).statusCode()).isEqualTo(403);
        assertThat(reader.get("/x-" + unique).statusCode()).isEqualTo(404);

        assertThat(owner.page("/admin").select("nav a[href=" + PAGE + "]")).as("in the owner's menu").isNotEmpty();
        assertThat(editor.page("/admin").select("a[href=" + PAGE + "]")).as("not in an editor's").isEmpty();
    }
}
