package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.media.MediaApi;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An image deleted at the moment an article starts to show it: whichever comes first wins, and an
 * article never ends up showing an image that is gone. The database decides, by the image's row
 * lock that both take.
 */
@CoreBalanceTest
class ImageDeletionRaceTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    MediaApi media;
    @Autowired
    BlogService blog;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    Http editor;
    String unique;

    @BeforeEach
    void signIn() {
        editor = Http.withCookies(port);
        editor.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private long image() {
        return media.importIllustration("race-" + unique + ".svg", BlogHttpTests.ILLUSTRATION.getBytes(StandardCharsets.UTF_8));
    }

    private ArticleDraft draft(String body) {
        return new ArticleDraft("Race " + unique, "race-" + unique, "A summary.", body, List.of(), ArticleStatus.DRAFT,
                null, null, null);
    }

    @Test
    void aDeletionWaitsForAnArticleBeingSavedWithTheImageAndThenKeepsIt() throws Exception {
        long image = image();
        long article = blog.create(draft("Text."));
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Void> saving = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            blog.update(article, draft("Text.\n\n![A circle](/media/" + image + "/960.jpg)"));
            held.countDown();
            await(release);
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<HttpResponse<String>> deleting = CompletableFuture.supplyAsync(
                () -> editor.submit("/admin/media", "/admin/media/" + image + "/delete"));
        Thread.sleep(700);
        assertThat(deleting).as("the deletion waits for the article's save").isNotDone();
        release.countDown();
        saving.get(10, TimeUnit.SECONDS);

        HttpResponse<String> refused = deleting.get(10, TimeUnit.SECONDS);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select(".media-uses a").attr("href")).isEqualTo("/admin/articles/" + article);
        assertThat(media.exists(image)).isTrue();
    }

    @Test
    void anArticleSavedWhileItsImageIsBeingDeletedWaitsAndIsToldTheImageIsGone() throws Exception {
        long image = image();
        long article = blog.create(draft("Text."));
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // What MediaApi.delete does: the image's row locked, found unused, deleted; committed when released.
        CompletableFuture<Void> deleting = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("select id from media_asset where id = ? for update").param(image).query(Long.class).single();
            jdbc.sql("delete from media_asset where id = ?").param(image).update();
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<HttpResponse<String>> saving = CompletableFuture.supplyAsync(() -> editor.submitMultipart(
                "/admin/articles/" + article, "/admin/articles/" + article, "heroUpload", "", new byte[0],
                "title", "Race " + unique, "summary", "A summary.", "action", "draft",
                "body", "Text.\n\n![A circle](/media/" + image + "/960.jpg)"));
        Thread.sleep(700);
        release.countDown();
        deleting.get(10, TimeUnit.SECONDS);

        HttpResponse<String> refused = saving.get(15, TimeUnit.SECONDS);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("#body-error").text()).contains("/media/" + image + "/");
        assertThat(jdbc.sql("select count(*) from article_media where media_id = ?").param(image).query(Long.class).single())
                .isZero();
        assertThat(blog.count()).isPositive();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
