package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.HtmlChecker;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deleting an image from the library: one nothing shows is gone with every size of it; one an
 * article or a newsletter shows (drafts too) is kept, and the page names what shows it.
 */
@CoreBalanceTest
class MediaDeletionTests {

    private static final byte[] SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
              <rect width="1600" height="900" fill="#d8ece9"/>
            </svg>""".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    MediaApi media;
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

    private long image(String name) {
        return media.importIllustration(name + "-" + unique + ".svg", SVG);
    }

    /** Presses "Delete the image", with the CSRF token of a page that is there whatever the image. */
    private HttpResponse<String> delete(long id) {
        return editor.submit("/admin/media", "/admin/media/" + id + "/delete");
    }

    /** Saves a draft article through the editor; returns its editor's address. */
    private String draft(String title, String... fields) {
        var all = new java.util.ArrayList<>(List.of("title", title, "summary", "A summary.", "action", "draft",
                "submissionId", UUID.randomUUID().toString()));
        all.addAll(List.of(fields));
        HttpResponse<String> saved = editor.submitMultipart("/admin/articles/new", "/admin/articles", "heroUpload", "",
                new byte[0], all.toArray(String[]::new));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        return saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private void assertValid(String label, HttpResponse<String> page) {
        assertThat(HtmlChecker.errors(page.body())).as(label).isEmpty();
    }

    @Test
    void anImageNothingShowsIsDeletedWithEverySize() {
        long id = image("unused");
        List<Integer> widths = List.of(480, 640, 800, 960, 1200, 1600);
        assertThat(media.describe(id).orElseThrow().srcset()).contains("1200.jpg 1200w");
        Document library = editor.page("/admin/media");
        assertThat(library.select("a[href=/admin/media/" + id + "/delete]").attr("aria-label")).isEqualTo("Delete unused-" + unique + ".svg");

        HttpResponse<String> confirm = editor.get("/admin/media/" + id + "/delete");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertValid("confirm", confirm);
        assertThat(Jsoup.parse(confirm.body()).select("form[action=/admin/media/" + id + "/delete] button").text())
                .isEqualTo("Delete the image");

        HttpResponse<String> deleted = delete(id);
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/media");
        HttpResponse<String> after = editor.get("/admin/media");
        assertValid("library after deleting", after);
        assertThat(Jsoup.parse(after.body()).select(".notice").text()).isEqualTo("\u201cunused-" + unique + ".svg\u201d was deleted.");
        assertThat(after.body()).doesNotContain("/media/" + id + "/");
        for (int width : widths) {
            assertThat(editor.getBytes("/media/" + id + "/" + width + ".jpg").statusCode()).as("width " + width).isEqualTo(404);
        }
        assertThat(jdbc.sql("select count(*) from media_variant where asset_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(media.describe(id)).isEmpty();
        assertThat(delete(id).statusCode()).isEqualTo(404);
    }

    @Test
    void anImageInUseIsKeptAndThePageNamesWhatShowsIt() {
        long hero = image("hero");
        long inText = image("in-text");
        String heroArticle = draft("Hero user " + unique, "body", "Text.", "heroMediaId", String.valueOf(hero), "heroAlt", "A circle");
        String textArticle = draft("Text user " + unique, "body", "Text.\n\n![A circle](/media/" + inText + "/960.jpg)");
        String second = draft("Another text user " + unique, "body", "![Again](/media/" + inText + "/480.jpg)",
                "heroMediaId", String.valueOf(inText), "heroAlt", "A circle");

        HttpResponse<String> heroConfirm = editor.get("/admin/media/" + hero + "/delete");
        assertThat(heroConfirm.statusCode()).isEqualTo(200);
        assertValid("in use", heroConfirm);
        Document page = Jsoup.parse(heroConfirm.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("\u201chero-" + unique + ".svg\u201d is in use");
        assertThat(page.select(".media-uses a")).extracting(a -> a.text() + " " + a.attr("href"))
                .containsExactly("Hero user " + unique + " " + heroArticle);
        assertThat(page.select("form[action$=/delete]")).isEmpty();

        HttpResponse<String> refused = delete(inText);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertValid("refused", refused);
        Document why = Jsoup.parse(refused.body());
        assertThat(why.select("[role=alert]").text()).startsWith("It was not deleted");
        assertThat(why.select(".media-uses a")).extracting(a -> a.text() + " " + a.attr("href"))
                .containsExactly("Another text user " + unique + " " + second, "Text user " + unique + " " + textArticle);
        assertThat(delete(hero).statusCode()).isEqualTo(409);
        assertThat(editor.getBytes("/media/" + inText + "/480.jpg").statusCode()).isEqualTo(200);
        assertThat(editor.getBytes("/media/" + hero + "/480.jpg").statusCode()).isEqualTo(200);
    }

    @Test
    void anImageANewsletterShowsIsKeptEvenOnceItIsSent() {
        long id = image("newsletter");
        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        HttpResponse<String> saved = owner.submit("/admin/newsletters/new", "/admin/newsletters", "subject", "Images " + unique,
                "body", "Hello.\n\n![A circle](/media/" + id + "/960.jpg)");
        assertThat(saved.statusCode()).isEqualTo(302);

        HttpResponse<String> refused = delete(id);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select(".media-uses a").text()).isEqualTo("Newsletter \u201cImages " + unique + "\u201d");
    }

    @Test
    void addressesOfNoImageAnswerNotFoundAndStrangersCannotDelete() {
        for (String path : List.of("/admin/media/999999999999/delete", "/admin/media/abc/delete", "/admin/media/-1/delete",
                "/admin/media/1234567890123456789/delete")) {
            assertThat(editor.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(editor.get("/admin/media//delete").statusCode()).isEqualTo(400);
        long id = image("kept");
        assertThat(delete(999_999_999_999L).statusCode()).isEqualTo(404);
        assertThat(editor.postForm("/admin/media/abc/delete", "_csrf=" + Http.encode(editor.csrfToken("/admin/media")),
                "Origin", editor.base()).statusCode()).isIn(403, 404);
        assertThat(editor.postForm("/admin/media/" + id + "/delete", "", "Origin", editor.base()).statusCode()).isEqualTo(403);
        Http stranger = new Http(port);
        assertThat(stranger.get("/admin/media/" + id + "/delete").statusCode()).isEqualTo(302);
        assertThat(stranger.postForm("/admin/media/" + id + "/delete", "", "Origin", stranger.base()).statusCode()).isIn(302, 403);
        assertThat(media.exists(id)).isTrue();
    }
}
