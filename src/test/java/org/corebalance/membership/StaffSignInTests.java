package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in and out, throttling, remember-me, and who may open which back-office page. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class StaffSignInTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    JdbcClient jdbc;

    static HttpResponse<String> signIn(Http http, String email, String password, boolean remember) {
        return remember
                ? http.submit("/login", "/login", "email", email, "password", password, "remember", "true")
                : http.submit("/login", "/login", "email", email, "password", password);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void theOwnerSignsInReachesTheDashboardWithANewSessionIdAndSignsOut() {
        String owner = staff.owner();
        Http http = Http.withCookies(port);
        http.page("/login");
        String before = http.cookie("CB_SESSION");

        HttpResponse<String> response = signIn(http, owner, StaffFixtures.PASSWORD, false);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/admin");
        assertThat(http.cookie("CB_SESSION")).isNotNull().isNotEqualTo(before);
        var dashboard = http.page("/admin");
        assertThat(dashboard.selectFirst("h1").text()).isEqualTo("Hello, Olivia Owner");
        assertThat(dashboard.select("nav.admin-nav a")).extracting(e -> e.attr("href"))
                .contains("/admin/articles", "/admin/media", "/admin/staff", "/admin/settings", "/admin/outbox");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :email")
                .param("email", owner).query(Long.class).single()).isPositive();

        HttpResponse<String> out = http.submit("/admin", "/logout");
        assertThat(location(out)).endsWith("/login?signedOut");
        assertThat(location(http.get("/admin"))).endsWith("/login");
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        String editor = staff.editor();
        Http known = Http.withCookies(port);
        Http unknown = Http.withCookies(port);

        HttpResponse<String> wrong = signIn(known, editor, "not the password at all", false);
        HttpResponse<String> nobody = signIn(unknown, "nobody-" + UUID.randomUUID() + "@corebalance.test", "whatever it is", false);

        assertThat(wrong.statusCode()).isEqualTo(nobody.statusCode()).isEqualTo(302);
        assertThat(location(wrong)).isEqualTo(location(nobody)).endsWith("/login?error");
        String knownMessage = known.page("/login?error").selectFirst(".error-summary").text();
        String unknownMessage = unknown.page("/login?error").selectFirst(".error-summary").text();
        assertThat(knownMessage).isEqualTo(unknownMessage).isEqualTo("That e-mail and password don't match an account.");
    }

    @Test
    void anAccountUnderAttackFromManyAddressesStillHearsItsOwnerFromAFreshOne() {
        String editor = staff.editor();
        for (int i = 0; i < SignInLimiter.UNDER_ATTACK + 5; i++) {
            signIn(Http.withCookies(port), editor, "wrong password number " + i, false);
        }
        // Under attack, an address that has failed for the account once is refused, even with the right password.
        Http typo = Http.withCookies(port);
        signIn(typo, editor, "a typo of the owner's own", false);
        assertThat(location(signIn(typo, editor, StaffFixtures.PASSWORD, false))).endsWith("/login?error");
        assertThat(typo.page("/login?error").selectFirst(".error-summary").text())
                .isEqualTo("Too many failed sign-ins. Please wait 15 minutes and try again.");

        Http fresh = Http.withCookies(port);
        assertThat(location(signIn(fresh, editor, StaffFixtures.PASSWORD, false))).endsWith("/admin");
        assertThat(fresh.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void rememberMeKeepsTheCoachSignedInWhenTheSessionIsGone() {
        String editor = staff.editor();
        Http http = Http.withCookies(port);
        HttpResponse<String> signedIn = signIn(http, editor, StaffFixtures.PASSWORD, true);
        assertThat(http.cookie("CB_REMEMBER")).isNotNull();
        assertThat(signedIn.headers().allValues("Set-Cookie")).as("every cookie set at sign-in")
                .anyMatch(c -> c.startsWith("CB_REMEMBER=")).anyMatch(c -> c.startsWith("CB_SESSION="))
                .allMatch(c -> c.contains("; SameSite=Lax") && c.contains("; HttpOnly"));

        http.forget("CB_SESSION");

        HttpResponse<String> dashboard = http.get("/admin");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(dashboard.body()).selectFirst("h1").text()).isEqualTo("Hello, Eddie Editor");
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndEditorsAreRefusedOwnerPages() {
        Http anonymous = Http.withCookies(port);
        for (String path : new String[] {"/admin/articles", "/admin/media", "/admin/staff", "/admin/settings",
                "/admin/outbox", "/admin/password"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(location(response)).as(path).endsWith("/login");
        }

        Http editor = Http.withCookies(port);
        signIn(editor, staff.editor(), StaffFixtures.PASSWORD, false);
        assertThat(editor.get("/admin").statusCode()).isEqualTo(200);
        assertThat(editor.page("/admin").select("nav.admin-nav a[href=/admin/staff]")).isEmpty();
        for (String path : new String[] {"/admin/staff", "/admin/settings", "/admin/outbox"}) {
            assertThat(editor.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void everyBackOfficePostNeedsACsrfToken() {
        Http http = Http.withCookies(port);
        signIn(http, staff.editor(), StaffFixtures.PASSWORD, false);
        HttpResponse<String> response = http.postForm("/admin/password",
                "currentPassword=x&newPassword=y&confirmation=y", "Origin", http.base());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(http.postForm("/logout", "", "Origin", http.base()).statusCode()).isEqualTo(403);
    }

    @Test
    void theSetupPageIsGoneOnceThePracticeHasAnOwner() {
        staff.owner();
        Http http = Http.withCookies(port);
        assertThat(http.get("/admin/setup").statusCode()).isEqualTo(404);
        String token = http.csrfToken("/login");
        HttpResponse<String> again = http.postForm("/admin/setup", "_csrf=" + Http.encode(token)
                + "&ownerName=Mallory&email=mallory%40example.com&password=a+long+enough+passphrase&practiceName=X"
                + "&city=Y&contactEmail=x%40example.com&timeZone=Europe%2FLondon", "Origin", http.base());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from account where email = 'mallory@example.com'").query(Long.class).single())
                .isZero();
    }

    @Test
    void changingThePasswordChecksTheCurrentOneAndThePolicy() {
        String editor = staff.editor();
        Http http = Http.withCookies(port);
        signIn(http, editor, StaffFixtures.PASSWORD, false);

        var wrongCurrent = http.submit("/admin/password", "/admin/password", "currentPassword", "not it at all",
                "newPassword", "a brand new passphrase for me", "confirmation", "a brand new passphrase for me");
        assertThat(wrongCurrent.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wrongCurrent.body()).select("#currentPassword-error").text())
                .isEqualTo("That is not your current password.");

        var tooShort = http.submit("/admin/password", "/admin/password", "currentPassword", StaffFixtures.PASSWORD,
                "newPassword", "short", "confirmation", "short");
        assertThat(Jsoup.parse(tooShort.body()).select("#newPassword-error").text()).isEqualTo("Use at least 12 characters.");

        var mismatch = http.submit("/admin/password", "/admin/password", "currentPassword", StaffFixtures.PASSWORD,
                "newPassword", "a brand new passphrase for me", "confirmation", "a brand new passphrase for you");
        assertThat(Jsoup.parse(mismatch.body()).select("#confirmation-error").text())
                .isEqualTo("The two new passwords are not the same.");

        var changed = http.submit("/admin/password", "/admin/password", "currentPassword", StaffFixtures.PASSWORD,
                "newPassword", "a brand new passphrase for me", "confirmation", "a brand new passphrase for me");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(http.page("/admin/password?changed").select(".notice").text()).contains("has been changed");

        Http again = Http.withCookies(port);
        assertThat(location(signIn(again, editor, StaffFixtures.PASSWORD, false))).endsWith("/login?error");
        assertThat(location(signIn(again, editor, "a brand new passphrase for me", false))).endsWith("/admin");
    }

    @Test
    void changingThePasswordEndsEveryOtherSignInButThisOne() {
        String editor = staff.editor();
        Http here = Http.withCookies(port);
        signIn(here, editor, StaffFixtures.PASSWORD, false);
        Http laptop = Http.withCookies(port);
        signIn(laptop, editor, StaffFixtures.PASSWORD, true);
        assertThat(laptop.get("/admin").statusCode()).isEqualTo(200);

        here.submit("/admin/password", "/admin/password", "currentPassword", StaffFixtures.PASSWORD,
                "newPassword", "an entirely fresh passphrase", "confirmation", "an entirely fresh passphrase");

        assertThat(here.get("/admin").statusCode()).as("the session that changed it stays").isEqualTo(200);
        assertThat(location(laptop.get("/admin"))).as("session and remember-me cookie elsewhere end").endsWith("/login");
    }

    @Test
    void aStrangerFailingFromElsewhereCannotLockTheAccountOut() {
        String editor = staff.editor();
        Http stranger = Http.withCookies(port);
        for (int i = 0; i < SignInLimiter.PER_ACCOUNT_AND_ADDRESS + 2; i++) {
            signIn(stranger, editor, "guess number " + i, false);
        }
        assertThat(location(signIn(stranger, editor, StaffFixtures.PASSWORD, false))).endsWith("/login?error");
        assertThat(location(signIn(Http.withCookies(port), editor, StaffFixtures.PASSWORD, false))).endsWith("/admin");
    }

    @Test
    void absurdSignInInputIsRefusedLikeAnyWrongPassword() {
        Http http = Http.withCookies(port);
        for (String email : new String[] {"x".repeat(400) + "@example.org", "", "   "}) {
            HttpResponse<String> response = signIn(http, email, "whatever it may be", false);
            assertThat(response.statusCode()).as(email).isEqualTo(302);
            assertThat(location(response)).endsWith("/login?error");
        }
        assertThat(location(signIn(http, staff.editor(), "p".repeat(5000), false))).endsWith("/login?error");
    }

    @Test
    void nobodyCanPutTheirOwnWordsOnTheSignInPage() {
        var page = Http.withCookies(port).page("/login?notice=Your+account+is+locked,+call+555-0100");
        assertThat(page.select(".notice")).isEmpty();
        assertThat(page.text()).doesNotContain("555-0100");
    }
}
