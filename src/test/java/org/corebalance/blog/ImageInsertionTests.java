package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.HtmlChecker;
import org.corebalance.Http;
import org.corebalance.media.MediaApi;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editor's "Insert an image" with its script off: the form posts, the image goes at the end of
 * the text with its description and caption, and the draft comes back as it was. Every image in a
 * saved article needs a description.
 */
@CoreBalanceTest
class ImageInsertionTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    MediaApi media;
    @Autowired
    JdbcClient jdbc;

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

    private long image() {
        return media.importIllustration("circle-" + unique + ".svg", BlogHttpTests.ILLUSTRATION.getBytes(StandardCharsets.UTF_8));
    }

    /** The new-article editor's form sent to {@code action}, with an image file (maybe empty) as {@code imageUpload}. */
    private HttpResponse<String> post(String action, byte[] upload, String... fields) {
        var all = new ArrayList<>(List.of("title", "Images " + unique, "summary", "A summary.", "tags", "bridges",
                "submissionId", UUID.randomUUID().toString()));
        all.addAll(List.of(fields));
        return editor.submitMultipart("/admin/articles/new", action, "imageUpload", upload.length == 0 ? "" : "new.png",
                upload, all.toArray(String[]::new));
    }

    private static void assertValid(HttpResponse<String> response) {
        assertThat(HtmlChecker.errors(response.body())).as("Nu HTML Checker").isEmpty();
    }

    @Test
    void withoutScriptAnImageGoesAtTheEndOfTheTextAndTheDraftComesBackAsItWas() {
        long id = image();
        HttpResponse<String> inserted = post("/admin/articles/insert-image", new byte[0], "body", "Intro.\n\n## Section\n\nText.",
                "insertImage", String.valueOf(id), "insertAlt", "A teal circle [big]", "insertCaption", "The \"sealed can\"");

        assertThat(inserted.statusCode()).isEqualTo(200);
        assertValid(inserted);
        Document page = Jsoup.parse(inserted.body());
        String body = page.selectFirst("textarea#body").wholeText();
        assertThat(body).isEqualTo("Intro.\n\n## Section\n\nText.\n\n![A teal circle \\[big\\]](/media/" + id
                + "/960.jpg \"The \\\"sealed can\\\"\")\n");
        assertThat(page.selectFirst("#title").attr("value")).isEqualTo("Images " + unique);
        assertThat(page.selectFirst("#summary").wholeText()).isEqualTo("A summary.");
        assertThat(page.selectFirst("#tags").attr("value")).isEqualTo("bridges");
        assertThat(page.select(".notice").text()).contains("end of the text");
        assertThat(page.selectFirst("#insertAlt").attr("value")).isEmpty();
        assertThat(page.selectFirst("details#insert-image").hasAttr("open")).isFalse();
        Element preview = page.selectFirst("#preview figure img");
        assertThat(preview.attr("alt")).isEqualTo("A teal circle [big]");
        assertThat(page.selectFirst("#preview figcaption").text()).isEqualTo("The \"sealed can\"");

        HttpResponse<String> published = post("/admin/articles", new byte[0], "body", body, "action", "publish");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        HttpResponse<String> articlePage = reader.get("/blog/images-" + unique);
        assertValid(articlePage);
        Document article = Jsoup.parse(articlePage.body());
        Element shown = article.selectFirst(".prose figure img");
        assertThat(shown.attr("alt")).isEqualTo("A teal circle [big]");
        assertThat(shown.attr("sizes")).isEqualTo(ImageSizes.PROSE);
        assertThat(shown.attr("srcset")).contains("/media/" + id + "/640.jpg 640w", "/media/" + id + "/1600.jpg 1600w");
        assertThat(article.selectFirst(".prose figcaption").text()).isEqualTo("The \"sealed can\"");
        for (String candidate : shown.attr("srcset").split(", ")) {
            String src = candidate.substring(0, candidate.indexOf(' '));
            assertThat(reader.getBytes(src).statusCode()).as(src).isEqualTo(200);
        }
    }

    @Test
    void anImageIsNotInsertedWithoutADescription() {
        long id = image();
        HttpResponse<String> refused = post("/admin/articles/insert-image", new byte[0], "body", "Text.",
                "insertImage", String.valueOf(id), "insertAlt", "   ", "insertCaption", "Kept as typed");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertValid(refused);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("#insertAlt-error").text()).startsWith("Say what the image shows first");
        assertThat(page.selectFirst("#insertAlt").attr("aria-describedby")).isEqualTo("insertAlt-error");
        assertThat(page.selectFirst("details#insert-image").hasAttr("open")).isTrue();
        assertThat(page.selectFirst("#insertCaption").attr("value")).isEqualTo("Kept as typed");
        assertThat(page.selectFirst("textarea#body").wholeText()).isEqualTo("Text.");
    }

    @Test
    void anImageUploadedFromTheEditorGoesIntoTheLibraryAndTheText() throws Exception {
        byte[] png = ArticleAdminTests.png(900, 600);
        long before = jdbc.sql("select coalesce(max(id), 0) from media_asset").query(Long.class).single();

        HttpResponse<String> undescribed = post("/admin/articles/insert-image", png, "body", "Text.", "insertImage", "upload");
        assertThat(undescribed.statusCode()).isEqualTo(422);
        long stored = jdbc.sql("select max(id) from media_asset").query(Long.class).single();
        assertThat(stored).isGreaterThan(before);
        Document page = Jsoup.parse(undescribed.body());
        assertThat(page.selectFirst("#insertAlt-error").text()).contains("in the library now");
        assertThat(page.selectFirst(".insert-choice button").attr("value")).isEqualTo(String.valueOf(stored));

        HttpResponse<String> inserted = post("/admin/articles/insert-image", png, "body", "Text.", "insertImage", "upload",
                "insertAlt", "A green field");
        assertThat(inserted.statusCode()).isEqualTo(200);
        long second = jdbc.sql("select max(id) from media_asset").query(Long.class).single();
        assertThat(Jsoup.parse(inserted.body()).selectFirst("textarea#body").wholeText())
                .isEqualTo("Text.\n\n![A green field](/media/" + second + "/900.jpg)\n");

        HttpResponse<String> notAnImage = post("/admin/articles/insert-image", "hello".getBytes(StandardCharsets.UTF_8),
                "body", "Text.", "insertImage", "upload", "insertAlt", "Words");
        assertThat(notAnImage.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(notAnImage.body()).selectFirst("#imageUpload-error").text()).startsWith("Only JPEG, PNG and WebP");
        HttpResponse<String> noFile = post("/admin/articles/insert-image", new byte[0], "body", "Text.", "insertImage", "upload",
                "insertAlt", "Words");
        assertThat(Jsoup.parse(noFile.body()).selectFirst("#imageUpload-error").text()).isEqualTo("Choose an image to upload first.");
        assertValid(noFile);
    }

    @Test
    void badChoicesAreRefusedPlainly() {
        HttpResponse<String> made = post("/admin/articles/insert-image", new byte[0], "body", "Text.", "insertImage", "abc",
                "insertAlt", "Words");
        assertThat(made.statusCode()).isEqualTo(400);
        assertThat(post("/admin/articles/insert-image", new byte[0], "body", "Text.", "insertAlt", "Words").statusCode()).isEqualTo(400);
        assertThat(post("/admin/articles/insert-image", new byte[0], "body", "Text.", "insertImage", "1" + "0".repeat(19),
                "insertAlt", "Words").statusCode()).isEqualTo(400);

        HttpResponse<String> gone = post("/admin/articles/insert-image", new byte[0], "body", "Text.",
                "insertImage", "999999999999", "insertAlt", "Words");
        assertThat(gone.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(gone.body()).selectFirst("#insertImage-error").text()).contains("no longer in the media library");
        assertValid(gone);

        HttpResponse<String> noArticle = post("/admin/articles/insert-image", new byte[0], "id", "999999999999", "body", "Text.",
                "insertImage", String.valueOf(image()), "insertAlt", "Words");
        assertThat(noArticle.statusCode()).isEqualTo(404);
        assertThat(post("/admin/articles/insert-image", new byte[0], "id", "abc", "body", "Text.",
                "insertImage", String.valueOf(image()), "insertAlt", "Words").statusCode()).isEqualTo(400);
        HttpResponse<String> longAlt = post("/admin/articles/insert-image", new byte[0], "body", "Text.",
                "insertImage", String.valueOf(image()), "insertAlt", "a".repeat(251), "insertCaption", "c".repeat(301));
        assertThat(longAlt.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(longAlt.body());
        assertThat(page.selectFirst("#insertAlt-error").text()).contains("250");
        assertThat(page.selectFirst("#insertCaption-error").text()).contains("300");

        var anonymous = new Http(port);
        assertThat(anonymous.postForm("/admin/articles/insert-image", "insertImage=1&insertAlt=x", "Origin", anonymous.base())
                .statusCode()).isIn(302, 403);
    }

    @Test
    void anArticleWithAnUndescribedImageIsNotSavedAndTheMessageNamesTheImage() {
        long id = image();
        long before = jdbc.sql("select count(*) from article").query(Long.class).single();

        HttpResponse<String> refused = post("/admin/articles", new byte[0], "action", "draft",
                "body", "Intro.\n\n![A circle](/media/" + id + "/960.jpg)\n\n![](/media/" + id + "/480.jpg \"Only a caption\")\n");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertValid(refused);
        assertThat(Jsoup.parse(refused.body()).selectFirst("#body-error").text())
                .startsWith("Image 2 in the text (/media/" + id + "/480.jpg) has no description");
        HttpResponse<String> notInLibrary = post("/admin/articles", new byte[0], "action", "draft",
                "body", "![A circle](/media/999999999999/960.jpg) and ![A pixel](https://tracker.example/p.gif)");
        assertThat(notInLibrary.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(notInLibrary.body()).selectFirst("#body-error").text())
                .contains("https://tracker.example/p.gif is not from the media library")
                .contains("/media/999999999999/\u2026 is not in the media library");
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anArticleWithAnUndescribedImageCanStillBeTakenDown() {
        HttpResponse<String> published = post("/admin/articles", new byte[0], "action", "publish", "body", "Plain text.");
        assertThat(published.statusCode()).isEqualTo(302);
        String page = published.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
        long articleId = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        long image = image();
        String body = "Plain text.\n\n![](/media/" + image + "/960.jpg)\n";

        HttpResponse<String> republished = editor.submitMultipart(page, "/admin/articles/" + articleId, "imageUpload", "",
                new byte[0], "title", "Images " + unique, "summary", "A summary.", "body", body, "action", "update");
        assertThat(republished.statusCode()).as("kept public only with a description").isEqualTo(422);

        HttpResponse<String> takenDown = editor.submitMultipart(page, "/admin/articles/" + articleId, "imageUpload", "",
                new byte[0], "title", "Images " + unique, "summary", "A summary.", "body", body, "action", "unpublish");
        assertThat(takenDown.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select status from article where id = :id").param("id", articleId).query(String.class).single())
                .isEqualToIgnoringCase("draft");
    }
}
