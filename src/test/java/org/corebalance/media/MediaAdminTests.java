package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The media library page: uploading, refusing what is not a usable image, and the size limit. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class MediaAdminTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    JdbcClient jdbc;
    Http editor;

    @BeforeEach
    void signIn() {
        editor = Http.withCookies(port);
        editor.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
    }

    private long images() {
        return jdbc.sql("select count(*) from media_asset").query(Long.class).single();
    }

    @Test
    void anUploadedPhotoAppearsFirstInTheLibrary() throws IOException {
        var image = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);

        HttpResponse<String> response = editor.submitMultipart("/admin/media", "/admin/media", "image",
                "Side plank by the sea.jpg", out.toByteArray());

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        var library = editor.page(location.substring(location.indexOf("/admin")));
        assertThat(library.select(".notice").text()).contains("uploaded");
        assertThat(library.selectFirst(".media-item-new .media-name").text()).isEqualTo("Side plank by the sea.jpg");
        assertThat(library.selectFirst(".media-item-new .media-size").text()).isEqualTo("1000 × 700");
    }

    @Test
    void aFiftyMegapixelSixteenBitPngIsStoredAtEveryWidth() {
        // 400 MB of pixels decoded whole: it used to fail every time with OutOfMemoryError at 512 MB.
        byte[] png = TestImages.rgbaPng(7_071, 7_071, 16);

        HttpResponse<String> response = editor.submitMultipart("/admin/media", "/admin/media", "image",
                "deep-export.png", png);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        var library = editor.page(location.substring(location.indexOf("/admin")));
        assertThat(library.selectFirst(".media-item-new .media-name").text()).isEqualTo("deep-export.png");
        assertThat(library.selectFirst(".media-item-new .media-size").text()).isEqualTo("1600 × 1600");
        long id = Long.parseLong(location.substring(location.indexOf("uploaded=") + "uploaded=".length()));
        assertThat(jdbc.sql("select width from media_variant where asset_id = ? order by width").param(id)
                .query(Integer.class).list()).containsExactly(480, 640, 800, 960, 1200, 1600);
    }

    @Test
    void whatIsNotAUsableImageIsRefusedWithAReasonAndNothingIsStored() {
        long before = images();
        for (var bad : new Object[][] {
                {"notes.jpg", "just some text".getBytes(StandardCharsets.UTF_8), "Only JPEG, PNG and WebP"},
                {"drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8), "Only JPEG, PNG and WebP"},
                {"empty.png", new byte[0], "Choose an image to upload first."},
                // Lossless WebP is decoded whole, and 20 megapixels of it would take more than the budget.
                {"poster.webp", TestImages.webp(5000, 4000, 200, 40), "The image is 5,000 × 4,000 pixels, a WebP"}}) {
            HttpResponse<String> response = editor.submitMultipart("/admin/media", "/admin/media", "image",
                    (String) bad[0], (byte[]) bad[1]);
            assertThat(response.statusCode()).as((String) bad[0]).isEqualTo(422);
            assertThat(Jsoup.parse(response.body()).select("#image-error").text()).as((String) bad[0]).startsWith((String) bad[2]);
        }
        assertThat(images()).isEqualTo(before);
    }

    @Test
    void anUploadOverTenMegabytesGetsAClearAnswer() {
        long before = images();
        HttpResponse<String> response = editor.submitMultipart("/admin/media", "/admin/media", "image", "huge.jpg",
                new byte[50 * 1024 * 1024]);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than 10 MB");
        assertThat(images()).isEqualTo(before);
    }

    @Test
    void anonymousVisitorsCannotUpload() {
        Http anonymous = new Http(port);
        HttpResponse<String> response = anonymous.postForm("/admin/media", "", "Origin", anonymous.base());
        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(anonymous.get("/admin/media").statusCode()).isEqualTo(302);
    }
}
