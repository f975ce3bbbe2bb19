package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a named proxy (the tests' client plays one at 127.0.0.1): the reader's address is the
 * one the proxy saw, whatever the reader wrote in front of it, and the proxy's word on HTTPS counts.
 */
@CoreBalanceTest
class TrustedProxyTests {

    @LocalServerPort
    int port;

    @Test
    void whatAReaderWritesInFrontOfTheProxysEntryDoesNotMakeThemSomeoneElse() {
        Http client = new Http(port);
        String real = "203.0.113." + (int) (10 + Math.random() * 200);
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> response = client.postForm("/contact", "name=Chain&email=chain" + i
                    + "%40example.org&topic=OTHER&message=Hello+" + i, "Origin", client.base(),
                    "Sec-Fetch-Site", "same-origin", "X-Forwarded-For", "198.51.100." + (i + 1) + ", " + real);
            if (response.statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(8 - 5);
    }

    @Test
    void theProxysHttpsCountsForHstsButItsHostDoesNot() {
        String head = RawHttp.head(port, "/admin/articles", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-For", "192.0.2.44");
        assertThat(head).startsWith("HTTP/1.1 302");
        assertThat(RawHttp.header(head, "Strict-Transport-Security")).startsWith("max-age=");
        assertThat(RawHttp.header(head, "Location")).isEqualTo("/login");
        assertThat(head).doesNotContain("evil.example");
    }

    @Test
    void namedProxiesAreSingleAddressesOrRangesAndAnythingElseStopsStartUp() {
        assertThat(List.of("10.0.0.7", "10.0.0.0/24", "::1", "2001:db8::/48").stream().map(TrustedProxies::asRange))
                .containsExactly("10.0.0.7/32", "10.0.0.0/24", "::1/128", "2001:db8::/48");
        for (String bad : List.of("proxy.example", "999.1.1.1", "10.0.0.0/99", "*")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrustedProxies.asRange(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CORE_BALANCE_TRUSTED_PROXIES");
        }
    }
}
