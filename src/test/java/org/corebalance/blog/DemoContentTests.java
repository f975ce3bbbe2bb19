package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The demo articles: complete, illustrated, and loaded only into an empty database. */
@CoreBalanceTest
class DemoContentTests {

    @LocalServerPort
    int port;
    @Autowired
    DemoContent demo;
    @Autowired
    BlogService blog;

    static List<DemoContent.DemoArticle> shipped() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        Resource[] files = resolver.getResources(DemoContent.ARTICLES);
        return Arrays.stream(files).map(file -> {
            try {
                return DemoContent.DemoArticle.parse(file.getFilename(),
                        file.getContentAsString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void atLeastSixArticlesEachWithAnIllustrationAltTextAndTakeaways() throws IOException {
        List<DemoContent.DemoArticle> articles = shipped();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(6);
        for (DemoContent.DemoArticle article : articles) {
            assertThat(Slugs.isValid(article.slug())).as(article.slug()).isTrue();
            assertThat(article.heroAlt()).as(article.slug()).isNotBlank();
            assertThat(new PathMatchingResourcePatternResolver().getResource(DemoContent.IMAGES + article.hero()).exists())
                    .as(article.hero()).isTrue();
            assertThat(article.body()).as(article.slug()).contains("> [!TAKEAWAYS]", "## ");
        }
        assertThat(articles).extracting(DemoContent.DemoArticle::slug).doesNotHaveDuplicates()
                .contains("tight-psoas-low-back");
    }

    @Test
    void theDemoArticlesAreLiveWithTheirResponsiveHeroImages() throws IOException {
        var http = new Http(port);
        for (DemoContent.DemoArticle article : shipped()) {
            Document page = http.page("/blog/" + article.slug());
            assertThat(page.selectFirst("h1").text()).isEqualTo(article.title());
            var hero = page.selectFirst("figure.hero img");
            assertThat(hero.attr("alt")).isEqualTo(article.heroAlt());
            for (String candidate : hero.attr("srcset").split(",\\s*")) {
                var image = http.getBytes(candidate.split(" ")[0]);
                assertThat(image.statusCode()).isEqualTo(200);
                assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
            }
        }
    }

    @Test
    void aDatabaseWithArticlesIsNeverTouched() {
        long before = blog.count();
        demo.loadIntoEmptyDatabase();
        assertThat(blog.count()).isEqualTo(before);
    }

    @Test
    void frontMatterMistakesNameTheFile() {
        assertThatThrownBy(() -> DemoContent.DemoArticle.parse("broken.md", "no front matter"))
                .hasMessageContaining("broken.md");
        assertThatThrownBy(() -> DemoContent.DemoArticle.parse("missing.md", "---\ntitle: A\n---\nBody"))
                .hasMessageContaining("missing.md").hasMessageContaining("slug");
    }
}
