package org.corebalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The practice moves to a new domain, served by another instance on the same database: feed readers
 * know every article again (Atom ids are tag: URIs chosen once, not the base URL), and the owner's
 * redirects, added through one instance, hold on the other.
 */
@CoreBalanceTest
class MovedSiteTests {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    StaffFixtures staff;

    @Test
    void feedIdsStayAndRedirectsHoldOnAnotherInstanceAtAnotherAddress() throws Exception {
        String old = "/moved-" + UUID.randomUUID().toString().substring(0, 8);
        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        assertThat(owner.submit("/admin/redirects", "/admin/redirects", "from", old, "to", "/contact").statusCode()).isEqualTo(302);
        Document here = Jsoup.parse(new Http(port).get("/feed.xml").body(), "", Parser.xmlParser());

        try (ConfigurableApplicationContext moved = new SpringApplicationBuilder(CoreBalanceApplication.class)
                .profiles("test")
                .properties("server.port=0", "corebalance.demo.enabled=false",
                        "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
                        "spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""))
                // An argument, since the test profile's own base URL would win over a default property.
                .run("--corebalance.base-url=https://practice-moved.example")) {
            String base = "http://localhost:" + moved.getEnvironment().getProperty("local.server.port");
            HttpClient client = HttpClient.newHttpClient();
            Document there = Jsoup.parse(client.send(HttpRequest.newBuilder(URI.create(base + "/feed.xml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body(), "", Parser.xmlParser());

            assertThat(there.selectFirst("feed > link[rel=self]").attr("href")).isEqualTo("https://practice-moved.example/feed.xml");
            assertThat(here.selectFirst("feed > link[rel=self]").attr("href")).isEqualTo("http://localhost:8080/feed.xml");
            assertThat(there.selectFirst("feed > id").text()).isEqualTo(here.selectFirst("feed > id").text())
                    .matches("tag:[a-z0-9.-]+,\\d{4}-\\d{2}-\\d{2}:feed");
            Map<String, String> ids = idsByPath(here, "http://localhost:8080");
            assertThat(ids).isNotEmpty();
            assertThat(ids.values()).allMatch(id -> id.matches("tag:[a-z0-9.-]+,\\d{4}-\\d{2}-\\d{2}:articles/\\d+"))
                    .doesNotHaveDuplicates();
            // The other instance keeps real time, so its latest twenty may include articles this one's clock has not reached.
            Map<String, String> idsThere = idsByPath(there, "https://practice-moved.example");
            assertThat(idsThere.keySet()).containsAnyElementsOf(ids.keySet());
            idsThere.forEach((path, id) -> assertThat(id).as(path).isEqualTo(ids.getOrDefault(path, id)));

            HttpResponse<String> redirected = client.send(HttpRequest.newBuilder(URI.create(base + old)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(redirected.statusCode()).isEqualTo(301);
            assertThat(redirected.headers().firstValue("Location")).contains("/contact");
        }
    }

    /** Each entry's id by the path of its page. */
    private static Map<String, String> idsByPath(Document feed, String base) {
        assertThat(feed.select("entry > link[rel=alternate]").eachAttr("href")).allMatch(href -> href.startsWith(base + "/blog/"));
        return feed.select("entry").stream().collect(Collectors.toMap(
                entry -> entry.selectFirst("link[rel=alternate]").attr("href").substring(base.length()),
                entry -> entry.selectFirst("id").text()));
    }
}
