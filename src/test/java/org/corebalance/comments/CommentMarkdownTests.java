package org.corebalance.comments;

import static org.assertj.core.api.Assertions.assertThat;

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
    void countsLinksWrittenAsLinksOrTypedOut() {
        assertThat(CommentMarkdown.links("no links here")).isZero();
        assertThat(CommentMarkdown.links("[a](https://a.example) and www.b.example and HTTP://c.example")).isEqualTo(3);
    }
}
