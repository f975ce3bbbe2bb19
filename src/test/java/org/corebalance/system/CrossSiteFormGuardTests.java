package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CrossSiteFormGuardTests {

    /** A module that declares one anonymous form, as the newsletter does. */
    private static final WebRuleSet RULES = WebRuleSet.of(List.of(rules -> rules.anonymousForm("/newsletter")));

    private final CrossSiteFormGuard guard = new CrossSiteFormGuard(RULES.anonymousFormMatcher(), "https://corebalance.example");

    private static MockHttpServletRequest post(String... headers) {
        var request = new MockHttpServletRequest("POST", "/newsletter");
        request.setScheme("https");
        request.addHeader("Host", "corebalance.example");
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    @Test
    void fetchMetadataDecidesFirst() {
        assertThat(guard.isSameSite(post("Sec-Fetch-Site", "same-origin"))).isTrue();
        assertThat(guard.isSameSite(post("Sec-Fetch-Site", "none"))).isTrue();
        assertThat(guard.isSameSite(post("Sec-Fetch-Site", "same-site"))).isFalse();
        assertThat(guard.isSameSite(post("Sec-Fetch-Site", "cross-site", "Origin", "https://corebalance.example"))).isFalse();
    }

    @Test
    void thenTheOrigin() {
        assertThat(guard.isSameSite(post("Origin", "https://corebalance.example"))).isTrue();
        assertThat(guard.isSameSite(post("Origin", "https://CoreBalance.example"))).isTrue();
        assertThat(guard.isSameSite(post("Origin", "https://corebalance.example.evil.example"))).isFalse();
        assertThat(guard.isSameSite(post("Origin", "http://corebalance.example"))).isFalse();
        assertThat(guard.isSameSite(post("Origin", "null"))).isFalse();
    }

    @Test
    void thenTheReferer() {
        assertThat(guard.isSameSite(post("Referer", "https://corebalance.example/blog/psoas"))).isTrue();
        assertThat(guard.isSameSite(post("Referer", "https://evil.example/corebalance.example"))).isFalse();
        assertThat(guard.isSameSite(post("Referer", "not a url"))).isFalse();
    }

    @Test
    void aConfiguredDefaultPortStillMatchesWhatBrowsersSend() {
        var guard = new CrossSiteFormGuard(RULES.anonymousFormMatcher(), "https://corebalance.example:443");
        assertThat(guard.isSameSite(post("Origin", "https://corebalance.example"))).isTrue();
    }

    @Test
    void aRequestNoBrowserSentIsLetThrough() {
        assertThat(guard.isSameSite(post())).isTrue();
    }

    @Test
    void onlyAnonymousFormsAreGuarded() {
        assertThat(guard.shouldNotFilter(post())).isFalse();
        assertThat(guard.shouldNotFilter(new MockHttpServletRequest("GET", "/newsletter"))).isTrue();
        assertThat(guard.shouldNotFilter(new MockHttpServletRequest("POST", "/admin/articles"))).isTrue();
    }
}
