package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.MutableClock;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor writes, previews, publishes, schedules, renames, unpublishes and deletes articles. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class ArticleAdminTests {

    static final String BODY = "Intro.\n\n## Why it matters\n\nText.\n\n## What to do\n\nMore.\n\n> [!TAKEAWAYS]\n> - One.\n";

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    Http editor;
    Http reader;
    String unique;

    @BeforeEach
    void signIn() {
        editor = Http.withCookies(port);
        editor.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
        reader = new Http(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void resetClock() {
        clock.set(CoreBalanceTest.NOW);
    }

    private HttpResponse<String> save(String action, String... fields) {
        var all = new ArrayList<>(List.of(fields));
        all.add("action");
        all.add(action);
        return editor.submitMultipart("/admin/articles/new", "/admin/articles", "heroUpload", "", new byte[0],
                all.toArray(String[]::new));
    }

    private static long idFrom(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aDraftStaysPrivateUntilItIsPublished() {
        HttpResponse<String> draft = save("draft", "title", "Draft " + unique, "summary", "A summary.", "body", BODY,
                "tags", "Psoas Muscle, new tag " + unique, "submissionId", UUID.randomUUID().toString());
        assertThat(draft.statusCode()).isEqualTo(302);
        long id = idFrom(draft);
        Document page = editor.page("/admin/articles/" + id);
        assertThat(page.select(".notice").text()).isEqualTo("Draft saved.");
        assertThat(page.selectFirst("#slug").attr("value")).isEqualTo("draft-" + unique);
        assertThat(page.selectFirst("#tags").attr("value")).contains("psoas muscle", "new tag " + unique);
        assertThat(page.select("#preview h2")).extracting(e -> e.ownText()).contains("Why it matters");
        assertThat(reader.get("/blog/draft-" + unique).statusCode()).isEqualTo(404);
        assertThat(editor.page("/admin/articles?status=draft&q=" + unique).select(".data-table a").text()).contains("Draft " + unique);

        HttpResponse<String> published = editor.submitMultipart("/admin/articles/" + id, "/admin/articles/" + id,
                "heroUpload", "", new byte[0], "title", "Draft " + unique, "summary", "A summary.", "body", BODY,
                "tags", "psoas muscle", "action", "publish");
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(reader.page("/blog/draft-" + unique).selectFirst("h1").text()).isEqualTo("Draft " + unique);
        assertThat(reader.page("/blog").select(".card-title").eachText()).contains("Draft " + unique);
        // The new tag's only article went out without it: no public page for an empty tag.
        assertThat(reader.get("/blog/tag/new-tag-" + unique).statusCode()).isEqualTo(404);
    }

    @Test
    void aScheduledArticleAppearsWhenItsTimeComesInThePracticesTimeZone() {
        // Practice time zone is Los Angeles; NOW is 04:00 there on November 24.
        HttpResponse<String> scheduled = save("schedule", "title", "Later " + unique, "summary", "Soon.", "body", BODY,
                "publishAt", "2026-11-24T06:30", "submissionId", UUID.randomUUID().toString());
        assertThat(scheduled.statusCode()).isEqualTo(302);
        assertThat(reader.get("/blog/later-" + unique).statusCode()).isEqualTo(404);
        assertThat(editor.page("/admin/articles?status=scheduled").select(".data-table").text()).contains("Later " + unique);

        clock.advance(Duration.ofMinutes(2 * 60 + 29));
        assertThat(reader.get("/blog/later-" + unique).statusCode()).isEqualTo(404);
        clock.advance(Duration.ofMinutes(2));
        assertThat(reader.get("/blog/later-" + unique).statusCode()).isEqualTo(200);
    }

    @Test
    void mistakesComeBackAsFieldMessagesAndNothingIsSaved() {
        long before = jdbc.sql("select count(*) from article").query(Long.class).single();
        HttpResponse<String> empty = save("publish", "title", "", "summary", "", "body", "", "submissionId", UUID.randomUUID().toString());
        assertThat(empty.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(empty.body());
        assertThat(page.select("#title-error").text()).isEqualTo("Please give the article a title.");
        assertThat(page.select("#body-error").text()).isEqualTo("The article has no text yet.");

        HttpResponse<String> taken = save("publish", "title", "Anything", "slug", "tight-psoas-low-back", "summary", "S.",
                "body", BODY, "submissionId", UUID.randomUUID().toString());
        assertThat(Jsoup.parse(taken.body()).select("#slug-error").text()).contains("Another article already uses this address");

        HttpResponse<String> badSlug = save("publish", "title", "Anything", "slug", "Not A Slug!", "summary", "S.",
                "body", BODY, "submissionId", UUID.randomUUID().toString());
        assertThat(Jsoup.parse(badSlug.body()).select("#slug-error").text()).startsWith("Use lower-case letters");

        HttpResponse<String> past = save("schedule", "title", "Past " + unique, "summary", "S.", "body", BODY,
                "publishAt", "2020-01-01T09:00", "submissionId", UUID.randomUUID().toString());
        assertThat(Jsoup.parse(past.body()).select("#publishAt-error").text()).startsWith("Choose a time in the future");

        HttpResponse<String> heroWithoutAlt = save("publish", "title", "Hero " + unique, "summary", "S.", "body", BODY,
                "heroMediaId", String.valueOf(jdbc.sql("select min(id) from media_asset").query(Long.class).single()),
                "submissionId", UUID.randomUUID().toString());
        assertThat(Jsoup.parse(heroWithoutAlt.body()).select("#heroAlt-error").text()).startsWith("Describe the image");

        HttpResponse<String> unknownAction = save("explode", "title", "X", "summary", "S.", "body", BODY);
        assertThat(unknownAction.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aDoubleClickedPublishMakesOneArticle() throws Exception {
        // One form, one token, sent three times: twice at once and once more after.
        var form = editor.page("/admin/articles/new");
        String token = form.selectFirst("input[name=_csrf]").attr("value");
        String submission = form.selectFirst("input[name=submissionId]").attr("value");
        String[] fields = {"title", "Once " + unique, "summary", "S.", "body", BODY, "submissionId", submission, "action", "publish"};
        var first = CompletableFuture.supplyAsync(() -> editor.postMultipart(token, "/admin/articles", "heroUpload", "", new byte[0], fields));
        var second = CompletableFuture.supplyAsync(() -> editor.postMultipart(token, "/admin/articles", "heroUpload", "", new byte[0], fields));
        first.join();
        second.join();
        var third = editor.postMultipart(token, "/admin/articles", "heroUpload", "", new byte[0], fields);

        assertThat(List.of(first.get(), second.get(), third)).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(List.of(idFrom(first.get()), idFrom(second.get()), idFrom(third))).containsOnly(idFrom(third));
        assertThat(jdbc.sql("select count(*) from article where title = :title").param("title", "Once " + unique)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void severalTabsOpenedAtOnceInOneSessionAllLoad() {
        Http fresh = Http.withCookies(port);
        fresh.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
        var tabs = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> fresh.get("/admin/articles/new"))).toList();
        assertThat(tabs.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).containsOnly(200);
    }

    @Test
    void renamingKeepsTheOldAddressUnpublishingHidesAndDeletingRemoves() {
        long id = idFrom(save("publish", "title", "Rename " + unique, "summary", "S.", "body", BODY,
                "submissionId", UUID.randomUUID().toString()));
        editor.submitMultipart("/admin/articles/" + id, "/admin/articles/" + id, "heroUpload", "", new byte[0],
                "title", "Rename " + unique, "slug", "renamed-" + unique, "summary", "S.", "body", BODY, "action", "update");
        HttpResponse<String> old = reader.get("/blog/rename-" + unique);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/blog/renamed-" + unique);

        editor.submitMultipart("/admin/articles/" + id, "/admin/articles/" + id, "heroUpload", "", new byte[0],
                "title", "Rename " + unique, "slug", "renamed-" + unique, "summary", "S.", "body", BODY, "action", "unpublish");
        assertThat(reader.get("/blog/renamed-" + unique).statusCode()).isEqualTo(404);

        assertThat(editor.page("/admin/articles/" + id + "/delete").selectFirst("h1").text()).contains("Rename " + unique);
        HttpResponse<String> deleted = editor.submit("/admin/articles/" + id + "/delete", "/admin/articles/" + id + "/delete");
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/articles");
        assertThat(editor.get("/admin/articles/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void thePreviewIsRenderedLikeThePublicPageAsAFragmentForHtmx() {
        String token = editor.csrfToken("/admin/articles/new");
        String form = "_csrf=" + Http.encode(token) + "&body=" + Http.encode("## Hello\n\n<script>alert(1)</script>\n\n**bold**");
        HttpResponse<String> fragment = editor.postForm("/admin/articles/preview", form, "Origin", editor.base(), "HX-Request", "true");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").doesNotContain("<script").contains("<h2 id=\"s-hello\"", "<strong>bold</strong>");

        HttpResponse<String> page = editor.postForm("/admin/articles/preview", form + "&title=T&summary=S", "Origin", editor.base());
        Document full = Jsoup.parse(page.body());
        assertThat(full.select("#preview strong").text()).isEqualTo("bold");
        assertThat(full.selectFirst("#body").text()).contains("## Hello");
    }

    @Test
    void anImageUploadedInTheEditorBecomesTheHeroAndAFakeOneIsRefused() throws IOException {
        HttpResponse<String> fake = editor.submitMultipart("/admin/articles/new", "/admin/articles", "heroUpload", "photo.jpg",
                "not an image at all".getBytes(StandardCharsets.UTF_8), "title", "Fake " + unique, "summary", "S.",
                "body", BODY, "heroAlt", "A person", "action", "publish", "submissionId", UUID.randomUUID().toString());
        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(fake.body()).select("#heroUpload-error").text()).startsWith("Only JPEG, PNG and WebP");

        HttpResponse<String> real = editor.submitMultipart("/admin/articles/new", "/admin/articles", "heroUpload", "bridge.png",
                png(1200, 675), "title", "Hero " + unique, "summary", "S.", "body", BODY,
                "heroAlt", "A person lifting their hips from the floor", "action", "publish",
                "submissionId", UUID.randomUUID().toString());
        assertThat(real.statusCode()).isEqualTo(302);
        var hero = reader.page("/blog/hero-" + unique).selectFirst("figure.hero img");
        assertThat(hero.attr("alt")).isEqualTo("A person lifting their hips from the floor");
        assertThat(hero.attr("srcset")).contains("480w", "960w", "1200w");
    }

    static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x12, 0x5e, 0x5a));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
