package org.corebalance.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The Markdown readers may use: a small, safe subset. */
class CommentMarkdownTests {

    @Test
    void emphasisListsAndLinksWorkAndLinksAreMarkedAsUserContent() {
        String html = CommentMarkdown.render("*soft* and **firm**\n\n- one\n- two\n\n[site](https://example.org/a?b=1)");
        assertThat(html).contains("<em>soft</em>", "<strong>firm</strong>", "<ul>", "<li>one</li>");
        var link = Jsoup.parse(html).selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/a?b=1");
        assertThat(link.attr("rel").split(" ")).containsExactlyInAnyOrder("nofollow", "ugc", "noopener");
    }

    @Test
    void htmlHeadingsImagesAndScriptsStayText() {
        String html = CommentMarkdown.render("# Big\n\n<script>alert(1)</script>\n\n![x](https://example.org/x.png) <b>bold</b>");
        assertThat(html).doesNotContain("<h1", "<script", "<img", "<b>");
        assertThat(html).contains("# Big", "&lt;script&gt;");
    }

    @Test
    void dangerousLinksLoseTheirAddress() {
        assertThat(CommentMarkdown.render("[click](javascript:alert(1))")).doesNotContain("javascript:");
        assertThat(CommentMarkdown.render("[click](data:text/html;base64,PHNjcmlwdD4=)")).doesNotContain("data:");
    }

    @Test
    void aLinkThatWouldGoNowhereStaysTextInsteadOfReloadingTheArticle() {
        for (String markdown : List.of("[click](javascript:alert(1))", "[click](JAVASCRIPT:alert(1))", "[click]()", "[click](other-page)")) {
            var html = Jsoup.parse(CommentMarkdown.render(markdown));
            assertThat(html.select("a")).as(markdown).isEmpty();
            assertThat(html.text()).as(markdown).isEqualTo("click");
        }
        assertThat(Jsoup.parse(CommentMarkdown.render("[write](mailto:coach@example.org)")).select("a").attr("href"))
                .isEqualTo("mailto:coach@example.org");
    }

    @Test
    void countsLinksWrittenAsLinksOrTypedOut() {
        assertThat(CommentMarkdown.links("no links here")).isZero();
        assertThat(CommentMarkdown.links("[a](https://a.example) and www.b.example and HTTP://c.example")).isEqualTo(3);
        assertThat(CommentMarkdown.links("One address: https://www.example.org/walking")).as("not two").isEqualTo(1);
        assertThat(CommentMarkdown.links("[the NHS page](https://www.nhs.uk/back-pain/)")).isEqualTo(1);
    }
}
