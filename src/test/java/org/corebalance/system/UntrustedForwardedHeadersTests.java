package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The default: no proxy is named, so nobody's forwarded headers count. A client that makes up a
 * new {@code X-Forwarded-For} per request is still one client to every limit, and cannot claim
 * HTTPS or another host. (Its own context: the other tests play a trusted proxy.)
 */
@CoreBalanceTest
@TestPropertySource(properties = "corebalance.trusted-proxies=")
class UntrustedForwardedHeadersTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;

    private HttpResponse<String> post(Http client, String path, String body, String forwardedFor) {
        return client.postForm(path, body, "Origin", client.base(), "Sec-Fetch-Site", "same-origin",
                "X-Forwarded-For", forwardedFor);
    }

    @Test
    void madeUpAddressesDoNotEscapeTheContactLimit() {
        Http client = new Http(port);
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> response = post(client, "/contact", "name=Spoofer&email=spoof" + i
                    + "%40example.org&topic=OTHER&message=Hello+" + i, "198.51.100." + (i + 1));
            if (response.statusCode() == 429) {
                refused++;
            }
        }
        // ContactService allows 5 per address in 10 minutes; all 8 came from 127.0.0.1.
        assertThat(refused).isEqualTo(3);
    }

    @Test
    void madeUpAddressesDoNotGetFreshSignInAttempts() {
        String editor = staff.editor();
        Http client = Http.withCookies(port);
        String lastLocation = "";
        for (int i = 0; i < 7; i++) {
            HttpResponse<String> response = client.postForm("/login", "_csrf=" + Http.encode(client.csrfToken("/login"))
                    + "&email=" + Http.encode(editor) + "&password=wrong+guess+" + i, "Origin", client.base(),
                    "X-Forwarded-For", "203.0.113." + (i + 1));
            lastLocation = response.headers().firstValue("Location").orElse("");
        }
        String message = client.page("/login?error").selectFirst(".error-summary").text();
        assertThat(lastLocation).endsWith("/login?error");
        assertThat(message).isEqualTo("Too many failed sign-ins. Please wait 15 minutes and try again.");
    }

    @Test
    void aForgedHostOrForwardedHostNeverBecomesPartOfARedirect() {
        String forgedHost = RawHttp.head(port, "/admin/articles", "Host", "evil.example");
        String forgedForwardedHost = RawHttp.head(port, "/admin/articles", "X-Forwarded-Host", "evil.example",
                "X-Forwarded-Proto", "https");

        for (String head : new String[] {forgedHost, forgedForwardedHost}) {
            assertThat(head).startsWith("HTTP/1.1 302");
            assertThat(RawHttp.header(head, "Location")).isEqualTo("/login");
            assertThat(head).doesNotContain("evil.example");
        }
    }

    @Test
    void aClaimOfHttpsFromAnUntrustedClientIsIgnored() {
        String head = RawHttp.head(port, "/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "192.0.2.1");
        assertThat(head).startsWith("HTTP/1.1 200");
        assertThat(RawHttp.header(head, "Strict-Transport-Security")).as("HSTS only over real HTTPS").isEmpty();
    }
}
