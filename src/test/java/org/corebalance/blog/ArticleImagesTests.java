package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.MutableClock;
import org.corebalance.media.MediaApi;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Images of drafts are not public until their article is: readers get an image only once a
 * published article shows it (as hero or in its text) and its time has come; staff see every
 * image, uncached; to anyone else an unpublished image is exactly as absent as an unknown id.
 */
@CoreBalanceTest
class ArticleImagesTests {

    private static final String PUBLIC_FOREVER = "max-age=31536000, public, immutable";
    /** No image has this id: the shared test database counts from 1. */
    private static final long UNKNOWN = 999_999_999_999L;

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    MediaApi media;
    @Autowired
    BlogApi blogApi;
    @Autowired
    ArticleImages articleImages;
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

    private long image(String name) {
        return media.importIllustration(name + "-" + unique + ".svg", BlogHttpTests.ILLUSTRATION.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(long... images) {
        var text = new StringBuilder("Intro.\n\n## Section\n\nText.\n");
        for (long id : images) {
            text.append("\n![A teal circle](/media/").append(id).append("/960.jpg)\n");
        }
        return text.toString();
    }

    /** Saves the editor's form as a new article (id null) or over one, as the button {@code action} asks. */
    private long save(Long id, String action, String... fields) {
        var all = new ArrayList<>(List.of("title", "Images " + unique, "summary", "A summary.", "action", action,
                "submissionId", UUID.randomUUID().toString()));
        all.addAll(List.of(fields));
        String path = id == null ? "/admin/articles" : "/admin/articles/" + id;
        HttpResponse<String> saved = editor.submitMultipart(id == null ? "/admin/articles/new" : path, path,
                "heroUpload", "", new byte[0], all.toArray(String[]::new));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void assertHiddenFromReaders(long id, int width) {
        HttpResponse<byte[]> hidden = reader.getBytes("/media/" + id + "/" + width + ".jpg");
        HttpResponse<byte[]> unknown = reader.getBytes("/media/" + UNKNOWN + "/" + width + ".jpg");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(unknown.body());
        for (String header : List.of("Cache-Control", "Content-Type", "Content-Length", "Set-Cookie")) {
            assertThat(hidden.headers().allValues(header)).as(header).isEqualTo(unknown.headers().allValues(header));
        }
        // A 404 nobody stores: the image appears the moment its article does.
        assertThat(hidden.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    private void assertPublic(long id, int width) {
        HttpResponse<byte[]> served = reader.getBytes("/media/" + id + "/" + width + ".jpg");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(served.headers().firstValue("Cache-Control")).contains(PUBLIC_FOREVER);
        assertThat(served.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aDraftsHeroIsHiddenFromReadersSeenUncachedByStaffAndPublicOncePublished() {
        long hero = image("hero");
        long article = save(null, "draft", "body", body(), "heroMediaId", String.valueOf(hero), "heroAlt", "A teal circle");

        assertHiddenFromReaders(hero, 480);
        HttpResponse<byte[]> forStaff = editor.getBytes("/media/" + hero + "/480.jpg");
        assertThat(forStaff.statusCode()).isEqualTo(200);
        assertThat(forStaff.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(forStaff.headers().firstValue("Cache-Control")).contains("no-store, private");
        // The editor's hero picker and the media library show staff every image they list, published or not.
        for (String page : List.of("/admin/articles/" + article, "/admin/media")) {
            List<String> images = editor.page(page).select("img[src^=/media/]").eachAttr("src");
            assertThat(images).as(page).isNotEmpty();
            for (String src : images) {
                assertThat(editor.getBytes(src).statusCode()).as(src).isEqualTo(200);
            }
        }

        save(article, "publish", "body", body(), "heroMediaId", String.valueOf(hero), "heroAlt", "A teal circle");

        for (int width : List.of(480, 960, 1600)) {
            assertPublic(hero, width);
        }
        assertThat(editor.getBytes("/media/" + hero + "/480.jpg").headers().firstValue("Cache-Control")).contains(PUBLIC_FOREVER);
    }

    @Test
    void theEditorsPreviewShowsAnUnpublishedImageToStaff() {
        long inText = image("preview");
        String preview = editor.postForm("/admin/articles/preview", "_csrf=" + Http.encode(editor.csrfToken("/admin/articles/new"))
                + "&body=" + Http.encode(body(inText)), "Origin", editor.base(), "HX-Request", "true").body();
        String src = Jsoup.parseBodyFragment(preview).selectFirst("img").attr("src");

        assertThat(src).isEqualTo("/media/" + inText + "/960.jpg");
        assertThat(editor.getBytes(src).statusCode()).isEqualTo(200);
        assertHiddenFromReaders(inText, 960);
    }

    @Test
    void aScheduledArticlesImagesAppearWhenItsTimeComes() {
        long inText = image("scheduled");
        // The practice is in Los Angeles, where NOW is 04:00 on November 24.
        save(null, "schedule", "body", body(inText), "publishAt", "2026-11-24T06:30");
        assertHiddenFromReaders(inText, 960);

        clock.advance(Duration.ofMinutes(2 * 60 + 29));
        assertHiddenFromReaders(inText, 960);
        clock.advance(Duration.ofMinutes(2));
        assertPublic(inText, 960);
    }

    @Test
    void anImageInAPublishedTextIsPublicAndOneNoArticleShowsIsNot() {
        long inText = image("in-text");
        long unused = image("unused");
        save(null, "publish", "body", body(inText));

        assertPublic(inText, 480);
        assertHiddenFromReaders(unused, 480);
        assertThat(editor.getBytes("/media/" + unused + "/480.jpg").statusCode()).isEqualTo(200);
        assertThat(editor.getBytes("/media/" + UNKNOWN + "/480.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    void theBlogTellsWhichImagesItsPublicArticlesShowAfterEveryEdit() {
        long first = image("first");
        long second = image("second");
        long hero = image("edited-hero");
        long article = save(null, "publish", "body", body(first));
        assertThat(shown(first, second, hero)).containsExactly(true, false, false);

        save(article, "update", "body", body(second), "heroMediaId", String.valueOf(hero), "heroAlt", "A teal circle");
        assertThat(shown(first, second, hero)).containsExactly(false, true, true);

        save(article, "update", "body", body(first, second));
        assertThat(shown(first, second, hero)).containsExactly(true, true, false);

        save(article, "unpublish", "body", body(first, second));
        assertThat(shown(first, second, hero)).containsExactly(false, false, false);

        save(article, "publish", "body", body(first));
        editor.submit("/admin/articles/" + article + "/delete", "/admin/articles/" + article + "/delete");
        assertThat(shown(first, second, hero)).containsExactly(false, false, false);
    }

    private List<Boolean> shown(long... ids) {
        var answers = new ArrayList<Boolean>();
        for (long id : ids) {
            answers.add(articleImages.shownPublicly(id, clock.instant()));
        }
        return answers;
    }

    @Test
    void aNewslettersImagesWorkInTheMailOnlyByTheirSharedAddress() {
        long unpublished = image("newsletter");
        long other = image("other");
        String html = blogApi.renderMarkdownForMail("Hello.\n\n![A teal circle](/media/" + unpublished + "/480.jpg)\n");
        String src = Jsoup.parseBodyFragment(html).selectFirst("img").attr("src");

        assertThat(src).startsWith("http://localhost:8080/media/" + unpublished + "/480.jpg?k=");
        String path = src.substring("http://localhost:8080".length());
        String key = path.substring(path.indexOf("?k=") + 3);
        HttpResponse<byte[]> opened = reader.getBytes(path);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Cache-Control")).contains(PUBLIC_FOREVER);
        assertThat(reader.getBytes("/media/" + unpublished + "/960.jpg?k=" + key).statusCode()).isEqualTo(200);

        char last = key.charAt(key.length() - 1);
        for (String wrong : List.of(key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A'), key + "A",
                key.substring(1), "", "!" + key.substring(1), key + "&k=" + key)) {
            assertThat(reader.getBytes("/media/" + unpublished + "/480.jpg?k=" + wrong).statusCode()).as(wrong).isEqualTo(404);
        }
        // One image's key opens no other, and the image itself stays hidden without it.
        assertThat(reader.getBytes("/media/" + other + "/480.jpg?k=" + key).statusCode()).isEqualTo(404);
        assertHiddenFromReaders(unpublished, 480);
    }
}
