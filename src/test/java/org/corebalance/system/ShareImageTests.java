package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages without an image of their own share the practice's drawn image, at the size share cards want. */
@CoreBalanceTest
class ShareImageTests {

    @LocalServerPort
    int port;

    @Test
    void pagesOtherThanArticlesShareThePracticesImage() throws Exception {
        Http reader = new Http(port);
        String image = null;
        for (String path : new String[] {"/contact", "/assessment", "/", "/blog", "/newsletter"}) {
            Document page = reader.page(path);
            String url = page.selectFirst("meta[property=og:image]").attr("content");
            assertThat(url).as(path).matches("http://localhost:8080/img/share-[0-9a-f]+\\.png");
            assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
            assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("630");
            assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content")).contains("bridge");
            assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
            assertThat(page.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(url);
            image = url;
        }

        HttpResponse<byte[]> png = reader.getBytes(image.substring("http://localhost:8080".length()));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(png.body().length).as("small enough for every share card").isLessThan(60 * 1024);
        var drawn = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(drawn.getWidth()).isEqualTo(1200);
        assertThat(drawn.getHeight()).isEqualTo(630);
    }

    @Test
    void anArticleWithAHeroKeepsItsOwn() {
        String url = new Http(port).page("/blog/tight-psoas-low-back").selectFirst("meta[property=og:image]").attr("content");
        assertThat(url).matches("http://localhost:8080/media/\\d+/\\d+\\.jpg");
    }
}
