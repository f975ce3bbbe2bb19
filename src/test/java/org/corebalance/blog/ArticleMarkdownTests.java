package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleMarkdownTests {

    private final ArticleMarkdown markdown = new ArticleMarkdown();

    @Test
    void rendersSectionsWithLinkedHeadingsListsAndTheTakeawaysBox() {
        String source = """
                Intro paragraph.

                # A top heading becomes a section

                ## Why sitting matters

                - one
                - two

                > [!TAKEAWAYS]
                > - Stability first.
                > - Then stretch, if you still need to.
                """;
        Document html = Jsoup.parseBodyFragment(markdown.render(source).html());

        assertThat(html.select("h1")).isEmpty();
        // The author's highest level (#) becomes h2, and ## below it h3.
        assertThat(html.select("h2#s-a-top-heading-becomes-a-section")).hasSize(1);
        Element section = html.selectFirst("h3#s-why-sitting-matters");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("a.heading-anchor").attr("href")).isEqualTo("#s-why-sitting-matters");
        assertThat(section.selectFirst("a.heading-anchor").attr("aria-label")).isEqualTo("Link to the section Why sitting matters");
        assertThat(html.select("ul > li")).extracting(Element::text).startsWith("one", "two");

        Element box = html.selectFirst("div.takeaways");
        assertThat(box).isNotNull();
        assertThat(box.selectFirst("h2.takeaways-title").text()).isEqualTo("Key takeaways");
        assertThat(box.select("li")).extracting(Element::text)
                .containsExactly("Stability first.", "Then stretch, if you still need to.");
        assertThat(box.text()).doesNotContain("[!TAKEAWAYS]");
        assertThat(html.select("blockquote")).isEmpty();
    }

    @Test
    void headingIdsAreUniqueSurviveTheSanitiserAndNeverClashWithThePage() {
        String source = "## Comments\n\ntext\n\n## Comments\n\n## Crème brûlée_time\n\n## Top\n";
        Document html = Jsoup.parseBodyFragment(markdown.render(source).html());

        assertThat(html.select("h2")).extracting(h -> h.id())
                .containsExactly("s-comments", "s-comments-2", "s-creme-brulee-time", "s-top");
        for (Element anchor : html.select("a.heading-anchor")) {
            assertThat(html.getElementById(anchor.attr("href").substring(1))).isNotNull();
        }
    }

    @Test
    void imagesMayOnlyComeFromTheMediaLibrary() {
        Document html = Jsoup.parseBodyFragment(markdown.render(
                "![ours](/media/12/960.jpg) ![theirs](https://tracker.example/pixel.gif)").html());
        assertThat(html.select("img[src]")).extracting(e -> e.attr("src")).containsExactly("/media/12/960.jpg");
        assertThat(html.html()).doesNotContain("tracker.example");
    }

    @Test
    void theImagesATextShowsAreTheLibraryImagesLeftAfterSanitising() {
        ArticleMarkdown.Rendered rendered = markdown.render("""
                ![a](/media/12/960.jpg) ![b](/media/5/480.jpg "title") ![a again](/media/12/480.jpg)

                Not images: /media/3/480.jpg, `<img src="/media/4/480.jpg">`, [a link](/media/6/480.jpg).

                <img src='/media/7/1600.jpg' alt='raw'> <img src="/media/8/480.jpg?x=1"> <img src="/media/9/480.png">
                ![theirs](https://example.org/media/10/480.jpg)
                """);

        assertThat(rendered.images()).containsExactly(12L, 5L, 7L);
        assertThat(ArticleMarkdown.imagesIn("")).isEmpty();
    }

    @Test
    void mailGivesEachLibraryImageTheAddressItIsToldAndNothingElse() {
        String html = markdown.renderForMail("![a](/media/12/960.jpg) [link](/media/6/480.jpg) ![b](/media/5/480.jpg)",
                (id, width) -> "https://site.example/shared/" + id + "-" + width + "?k=$1\\");
        Document mail = Jsoup.parseBodyFragment(html);

        assertThat(mail.select("img")).extracting(e -> e.attr("src"))
                .containsExactly("https://site.example/shared/12-960?k=$1\\", "https://site.example/shared/5-480?k=$1\\");
        assertThat(mail.selectFirst("a").attr("href")).isEqualTo("/media/6/480.jpg");
    }

    @Test
    void takeawaysMayCarryTheirOwnTitleAndOrdinaryQuotesStayQuotes() {
        String source = """
                > [!takeaways] What to remember
                > Breathe low.

                > A plain quote.
                """;
        Document html = Jsoup.parseBodyFragment(markdown.render(source).html());

        assertThat(html.selectFirst("div.takeaways h2").text()).isEqualTo("What to remember");
        assertThat(html.selectFirst("div.takeaways p").text()).isEqualTo("Breathe low.");
        assertThat(html.selectFirst("blockquote").text()).isEqualTo("A plain quote.");
    }

    @Test
    void keepsSafeLinksAndTables() {
        String source = """
                See [the assessment](/assessment) and [a guide](https://example.org/guide).

                | Exercise | Hold |
                |----------|-----:|
                | Bridge   | 10 s |
                """;
        Document html = Jsoup.parseBodyFragment(markdown.render(source).html());

        assertThat(html.select("a[href=/assessment]")).hasSize(1);
        assertThat(html.select("a[href=https://example.org/guide]")).hasSize(1);
        assertThat(html.select("table td")).extracting(Element::text).containsExactly("Bridge", "10 s");
    }

    static List<String> xssPayloads() throws IOException {
        try (var in = Objects.requireNonNull(ArticleMarkdownTests.class.getResourceAsStream("/xss-payloads.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("xssPayloads")
    void stripsEverythingExecutable(String payload) {
        // Alone, inside a paragraph and inside a list item: each gives the parser a different context.
        for (String source : List.of(payload, "Text " + payload + " more text", "- " + payload)) {
            String html = markdown.render(source).html();
            Document document = Jsoup.parseBodyFragment(html);

            assertThat(document.select("script, iframe, object, embed, form, input, style, svg, math, meta, link, base, "
                    + "video, source, template, noscript, marquee, details, body *[style]")).as(html).isEmpty();
            for (Element element : document.getAllElements()) {
                element.attributes().forEach(attribute -> {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                    assertThat(name).as(html).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("srcdoc");
                    assertThat(value).as(html).doesNotContain("javascript:").doesNotContain("vbscript:")
                            .doesNotStartWith("data:");
                });
            }
        }
    }

    @Test
    void readingTimeRoundsUpAndIsNeverZero() {
        assertThat(ArticleMarkdown.readingMinutes("")).isEqualTo(1);
        assertThat(ArticleMarkdown.readingMinutes("word ".repeat(ArticleMarkdown.WORDS_PER_MINUTE))).isEqualTo(1);
        assertThat(ArticleMarkdown.readingMinutes("word ".repeat(ArticleMarkdown.WORDS_PER_MINUTE + 1))).isEqualTo(2);
        assertThat(ArticleMarkdown.readingMinutes("it's a deep-core – stability ** — point")).isEqualTo(1);
    }

    @Test
    void readingTimeCountsTheWordsReadersSeeNotTheMarkup() {
        String words = "steady ".repeat(2 * ArticleMarkdown.WORDS_PER_MINUTE);
        String withMarkup = "## Heading\n\n**" + words.strip() + "**\n\n[](/blog)\n";
        assertThat(markdown.render(withMarkup).readingMinutes()).isEqualTo(2 + 1);
        assertThat(markdown.render(words).readingMinutes()).isEqualTo(2);
    }
}
