package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.corebalance.CoreBalanceTest;
import org.corebalance.HtmlChecker;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Cookies are Secure when the base URL is https, not when it is http, unless
 * CORE_BALANCE_SECURE_COOKIES says otherwise; and a form that fails because the browser set a
 * Secure cookie aside over plain http says what to set, instead of a bare refusal.
 */
@CoreBalanceTest
class SecureCookiesTests {

    private static final String HTTPS_BASE = "corebalance.base-url=https://corebalance.example";

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;

    /** The test profile's base URL is http://localhost:8080, with no cookie setting. */
    @Test
    void anHttpBaseUrlMakesNoCookieSecure() {
        assertThat(signInRemembered(port, staff.editor()))
                .anyMatch(c -> c.startsWith("CB_SESSION=")).anyMatch(c -> c.startsWith("CB_REMEMBER="))
                .noneMatch(c -> c.contains("; Secure"));
    }

    @Test
    void aFormWhoseTokenFailsOverHttpWithoutSecureCookiesKeepsTheUsualPage() {
        assertUsualRefusal(Http.withCookies(port).postForm("/login", "email=a%40example.com&password=x&_csrf=forged"));
    }

    @Test
    void anExplicitSettingWinsEitherWayAndUnsetFollowsTheScheme() {
        assertThat(properties("http://192.168.1.20:8080", null).cookiesSecure()).isFalse();
        assertThat(properties("https://corebalance.example", null).cookiesSecure()).isTrue();
        assertThat(properties("http://192.168.1.20:8080", true).cookiesSecure()).isTrue();
        assertThat(properties("https://corebalance.example", false).cookiesSecure()).isFalse();
    }

    @Nested
    @TestPropertySource(properties = HTTPS_BASE)
    class HttpsBaseUrl {

        @LocalServerPort
        int port;

        @Test
        void makesTheSessionAndRememberMeCookiesSecure() {
            assertThat(signInRemembered(port, staff.editor()))
                    .anyMatch(c -> c.startsWith("CB_SESSION=")).anyMatch(c -> c.startsWith("CB_REMEMBER="))
                    .allMatch(c -> c.contains("; Secure"));
        }

        @Test
        void aFormPostedOverPlainHttpSaysWhatToSet() {
            // As a browser at http://<LAN address>:8080 does: the Secure session cookie is not sent back over http.
            Http browser = Http.withCookies(port);
            HttpResponse<String> refused = browser.submit("/login", "/login", "email", staff.editor(),
                    "password", StaffFixtures.PASSWORD);

            assertThat(refused.statusCode()).isEqualTo(403);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.selectFirst("h1").text()).isEqualTo("This form needs a secure connection");
            assertThat(page.selectFirst("main").text())
                    .contains("keep its cookies for https only", "came over plain http", "Nothing was saved")
                    .contains("CORE_BALANCE_BASE_URL", "It is https://corebalance.example now",
                            "serve the site over https", "CORE_BALANCE_SECURE_COOKIES to false");
            assertThat(page.selectFirst("footer.site-footer")).as("in the site's layout").isNotNull();
            assertThat(HtmlChecker.errors(refused.body())).isEmpty();
        }

        @Test
        void aFormRefusedOverHttpsKeepsTheUsualPage() {
            // Through the trusted proxy (the tests' client plays one) that says the request came over https.
            assertUsualRefusal(new Http(port).postForm("/login", "email=a%40example.com&password=x&_csrf=forged",
                    "X-Forwarded-Proto", "https"));
        }

        @Test
        void aFormWhoseSessionCameBackButWhoseTokenIsWrongKeepsTheUsualPage() {
            HttpResponse<String> form = new Http(port).get("/login");
            String session = sessionCookie(form.headers().allValues("Set-Cookie"));
            assertUsualRefusal(new Http(port).postForm("/login", "email=a%40example.com&password=x&_csrf=forged",
                    "Cookie", session));
        }
    }

    @Nested
    @TestPropertySource(properties = {HTTPS_BASE, "corebalance.secure-cookies=false"})
    class ExplicitSetting {

        @LocalServerPort
        int port;

        @Test
        void winsOverTheBaseUrl() {
            assertThat(signInRemembered(port, staff.editor()))
                    .anyMatch(c -> c.startsWith("CB_REMEMBER=")).noneMatch(c -> c.contains("; Secure"));
        }
    }

    /**
     * Signs in with "remember me" over plain http, sending the session cookie back by hand (as a
     * browser on localhost or over https would), and gives every cookie the site set on the way.
     */
    private static List<String> signInRemembered(int port, String email) {
        Http http = new Http(port);
        HttpResponse<String> form = http.get("/login");
        List<String> cookies = new ArrayList<>(form.headers().allValues("Set-Cookie"));
        String token = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").attr("value");
        HttpResponse<String> signedIn = http.postForm("/login", "_csrf=" + Http.encode(token) + "&email=" + Http.encode(email)
                + "&password=" + Http.encode(StaffFixtures.PASSWORD) + "&remember=true", "Cookie", sessionCookie(cookies));
        assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        cookies.addAll(signedIn.headers().allValues("Set-Cookie"));
        return cookies;
    }

    private static CoreBalanceProperties properties(String baseUrl, Boolean secureCookies) {
        return new CoreBalanceProperties(baseUrl, new CoreBalanceProperties.Practice("Core Balance", "Tagline", "City",
                "hello@corebalance.example", ZoneOffset.UTC), new CoreBalanceProperties.Demo(true), secureCookies,
                new CoreBalanceProperties.Jobs(Duration.ofSeconds(5)), List.of());
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("CB_SESSION=")).findFirst().orElseThrow().split(";")[0];
    }

    private static void assertUsualRefusal(HttpResponse<String> refused) {
        assertThat(refused.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("main").text()).contains("That action isn't allowed from here.")
                .doesNotContain("CORE_BALANCE_SECURE_COOKIES");
    }
}
