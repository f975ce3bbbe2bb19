package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses people type (issue 17): a trailing slash anywhere and a fixed page in capitals answer
 * 301 to the one canonical address, keeping the query, relative, with no cookie; what works already
 * (files, health, posts) is left alone.
 */
@CoreBalanceTest
class CanonicalAddressTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private void assertMovedPermanently(String path, String location) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as(path).contains(location);
        assertThat(response.headers().firstValue("Set-Cookie")).as("a 301 of " + path + " starts no session").isEmpty();
    }

    @Test
    void aTrailingSlashAnywhereLeadsToTheAddressWithout() {
        assertMovedPermanently("/blog/", "/blog");
        assertMovedPermanently("/contact/", "/contact");
        assertMovedPermanently("/assessment/", "/assessment");
        assertMovedPermanently("/blog/tag/general-back-pain/", "/blog/tag/general-back-pain");
        assertMovedPermanently("/blog/tight-psoas-low-back/", "/blog/tight-psoas-low-back");
        // Addresses that exist nowhere lose the slash too, and then answer 404 as they are.
        assertMovedPermanently("/tag/core/", "/tag/core");
        assertThat(http.get("/tag/core").statusCode()).isEqualTo(404);
    }

    @Test
    void theQueryStringIsKept() {
        assertMovedPermanently("/blog/?page=2", "/blog?page=2");
        assertMovedPermanently("/Contact?from=%2Fblog", "/contact?from=%2Fblog");
    }

    @Test
    void fixedPagesTypedInCapitalsLeadToTheirAddress() {
        assertMovedPermanently("/Contact", "/contact");
        assertMovedPermanently("/BLOG/", "/blog");
        assertMovedPermanently("/Assessment", "/assessment");
        assertThat(http.get("/Nothing-Here").statusCode()).isEqualTo(404);
    }

    @Test
    void headRequestsAreRedirectedToo() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + "/blog/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).contains("/blog");
    }

    @Test
    void theHomePageStaysAndWhatWorksIsLeftAlone() {
        assertThat(http.get("/").statusCode()).isEqualTo(200);
        String stylesheet = http.page("/").selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(http.getBytes(stylesheet).statusCode()).isEqualTo(200);
        assertThat(http.getBytes("/css/site.css").statusCode()).isEqualTo(200);
        assertThat(http.getBytes("/img/icon.svg").statusCode()).isEqualTo(200);
        assertThat(http.getBytes("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(http.getBytes("/actuator/health/").statusCode()).as("health answers this itself").isEqualTo(200);
        String hero = http.page("/blog/tight-psoas-low-back").selectFirst("figure.hero img").attr("src");
        assertThat(http.getBytes(hero).statusCode()).isEqualTo(200);
        assertThat(http.getBytes("/media/999999999/480.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    void postsAreNeverRedirected() {
        HttpResponse<String> post = http.postForm("/contact/", "name=A&email=a%40example.org&message=Hi",
                "Origin", http.base(), "Sec-Fetch-Site", "same-origin");
        assertThat(post.statusCode()).isNotEqualTo(301).isBetween(400, 499);
        assertThat(post.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aRedirectNeverLeavesTheSiteWhateverTheAddressOrHost() {
        // Security's firewall refuses "//" and encoded backslashes before anything else sees them.
        for (String path : new String[] {"//evil.example/", "/%5Cevil.example/", "/%2F%2Fevil.example/", "/.//evil.example/"}) {
            String head = RawHttp.head(port, path, "Host", "evil.example");
            assertThat(head).as(path).doesNotStartWith("HTTP/1.1 3");
            assertThat(RawHttp.header(head, "Location")).as(path).isEmpty();
        }
        String head = RawHttp.head(port, "/Contact/", "Host", "evil.example");
        assertThat(head).startsWith("HTTP/1.1 301");
        assertThat(RawHttp.header(head, "Location")).isEqualTo("/contact");
    }
}
