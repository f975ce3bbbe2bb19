package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rendered public pages are reused only while nothing a reader could see has changed. */
@CoreBalanceTest
class PublicPageCacheTests {

    @LocalServerPort
    int port;
    @Autowired
    BlogService blog;
    @Autowired
    JdbcClient jdbc;
    Http http;
    String unique;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private String publish() {
        String slug = "cache-" + unique;
        blog.create(new ArticleDraft("Before " + unique, slug, "Summary.", BlogHttpTests.BODY, List.of("cache test"),
                ArticleStatus.PUBLISHED, CoreBalanceTest.NOW.minus(Duration.ofDays(3)), null, null));
        return slug;
    }

    @Test
    void aChangeMadeThroughAnotherInstanceShowsWithinASecondOrTwo() throws InterruptedException {
        String slug = publish();
        assertThat(http.page("/blog/" + slug).selectFirst("h1").text()).isEqualTo("Before " + unique);
        assertThat(http.page("/blog/" + slug).selectFirst("h1").text()).isEqualTo("Before " + unique);

        // Another instance changes the article in the shared database (bumping the revision, as every
        // write does); this one hears nothing of it.
        jdbc.sql("update article set title = :title where slug = :slug")
                .param("title", "After " + unique).param("slug", slug).update();
        jdbc.sql("update public_revision set revision = revision + 1 where id = 1").update();

        String title = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline && !title.equals("After " + unique)) {
            title = http.page("/blog/" + slug).selectFirst("h1").text();
            Thread.sleep(100);
        }
        assertThat(title).isEqualTo("After " + unique);
    }

    @Test
    void aPageNumberOnlyCountsWhereThereArePages() {
        String slug = publish();
        // The article ignores ?page=; such requests are rendered afresh and never fill the cache.
        http.get("/blog/" + slug);
        jdbc.sql("update article set title = :title where slug = :slug")
                .param("title", "Renamed " + unique).param("slug", slug).update();
        assertThat(http.get("/blog/" + slug + "?page=7").body()).contains("Renamed " + unique);
        assertThat(http.get("/blog?page=01").statusCode()).isEqualTo(404);
    }

    @Test
    void aCachedPageKeepsItsHeadersAndAnswersConditionalRequests() {
        String slug = publish();
        HttpResponse<String> first = http.get("/blog/" + slug);
        HttpResponse<String> second = http.get("/blog/" + slug);

        assertThat(second.body()).isEqualTo(first.body());
        for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                "Referrer-Policy", "Cache-Control", "ETag", "Content-Type")) {
            assertThat(second.headers().allValues(header)).as(header).isEqualTo(first.headers().allValues(header));
        }
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();

        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/blog/" + slug, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(http.get("/blog/" + slug, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aReaderWithACookieAndUnknownQueryParametersAlwaysGetAFreshRender() {
        String slug = publish();
        http.get("/blog/" + slug);
        jdbc.sql("update article set title = :title where slug = :slug")
                .param("title", "Quietly changed " + unique).param("slug", slug).update();

        // Without a revision bump a plain reader still gets the stored copy: proof that it is cached...
        assertThat(http.get("/blog/" + slug).body()).contains("Before " + unique).doesNotContain("Quietly changed");
        // ...while none of these may be answered from it.
        assertThat(http.get("/blog/" + slug, "Cookie", "SESSION=abc").body()).contains("Quietly changed " + unique);
        assertThat(http.get("/blog/" + slug + "?utm_source=newsletter").body()).contains("Quietly changed " + unique);
        assertThat(http.get("/blog/" + slug, "HX-Request", "true").body()).contains("Quietly changed " + unique);
        assertThat(http.get("/blog/" + slug, "Cookie", "SESSION=abc").headers().firstValue("Cache-Control").orElseThrow())
                .contains("private").doesNotContain("public");
    }
}
