package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.corebalance.media.ResponsiveImage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Images in an article's text: a figure with its caption, every size the library has with how
 * wide the text shows it, a description required, and the Markdown the editor writes reading back
 * exactly as the coach typed it.
 */
class ImageMarkdownTests {

    /** The library as {@code MediaApi.describe} answers: image 12 exists (1600 × 900), nothing else. */
    private final ArticleMarkdown markdown = new ArticleMarkdown(id -> id == 12
            ? Optional.of(new ResponsiveImage("/media/12/960.jpg",
                    "/media/12/480.jpg 480w, /media/12/960.jpg 960w, /media/12/1600.jpg 1600w", 1600, 900,
                    "/media/12/480.jpg", "/media/12/1600.jpg"))
            : Optional.empty());

    private Document render(String source) {
        return Jsoup.parseBodyFragment(markdown.render(source).html());
    }

    @Test
    void anImageAloneInItsParagraphIsAFigureWithItsTitleAsCaption() {
        Document html = render("""
                Before.

                ![A woman lying on her back, lifting her hips](/media/12/960.jpg "The bridge: glutes start the lift")

                ![No caption](/media/12/480.jpg)

                Words around ![inline](/media/12/480.jpg "a tooltip") an image.
                """);

        List<Element> figures = html.select("figure");
        assertThat(figures).hasSize(2);
        Element captioned = figures.get(0);
        assertThat(captioned.parent().tagName()).isEqualTo("body");
        assertThat(captioned.selectFirst("img").attr("alt")).isEqualTo("A woman lying on her back, lifting her hips");
        assertThat(captioned.selectFirst("img").hasAttr("title")).isFalse();
        assertThat(captioned.selectFirst("figcaption").text()).isEqualTo("The bridge: glutes start the lift");
        assertThat(figures.get(1).select("figcaption")).isEmpty();
        Element inline = html.selectFirst("p img[alt=inline]");
        assertThat(inline.attr("title")).isEqualTo("a tooltip");
        assertThat(html.select("p figure")).isEmpty();
    }

    @Test
    void aLibraryImageGetsEverySizeWithHowWideTheTextShowsItAndOthersOnlyTheirAddress() {
        Document html = render("""
                ![Known](/media/12/960.jpg)

                ![Unknown](/media/13/960.jpg)

                <img src="/media/12/480.jpg" alt="raw" srcset="https://tracker.example/x.gif 1w" sizes="1px" width="1" loading="eager">
                """);

        Element known = html.selectFirst("img[alt=Known]");
        assertThat(known.attr("src")).isEqualTo("/media/12/960.jpg");
        assertThat(known.attr("srcset")).isEqualTo("/media/12/480.jpg 480w, /media/12/960.jpg 960w, /media/12/1600.jpg 1600w");
        assertThat(known.attr("sizes")).isEqualTo(ImageSizes.PROSE);
        assertThat(known.attr("width")).isEqualTo("1600");
        assertThat(known.attr("height")).isEqualTo("900");
        assertThat(known.attr("loading")).isEqualTo("lazy");
        Element unknown = html.selectFirst("img[alt=Unknown]");
        assertThat(unknown.attributes().asList()).extracting(a -> a.getKey()).containsExactly("src", "alt");
        // What the text itself says of sizes never gets through: only ours.
        Element raw = html.selectFirst("img[alt=raw]");
        assertThat(raw.attr("srcset")).doesNotContain("tracker").startsWith("/media/12/480.jpg 480w");
        assertThat(raw.attr("sizes")).isEqualTo(ImageSizes.PROSE);
        assertThat(raw.attr("width")).isEqualTo("1600");
        assertThat(raw.attr("loading")).isEqualTo("lazy");
        assertThat(html.select("img[srcset]")).hasSize(2);
        assertThat(html.html()).doesNotContain("tracker");
    }

    @Test
    void everyImageNeedsADescriptionAndAPlaceInTheLibrary() {
        ArticleMarkdown.Rendered rendered = markdown.render("""
                ![A bridge](/media/12/960.jpg)

                ![](/media/12/480.jpg "A caption is no description")

                ![   ](/media/12/1600.jpg)

                ![A pixel](https://tracker.example/pixel.gif)

                <img src="/media/12/480.jpg">
                """);

        assertThat(rendered.imageProblems()).hasSize(4);
        assertThat(rendered.imageProblems().get(0)).contains("https://tracker.example/pixel.gif").contains("media library");
        assertThat(rendered.imageProblems().get(1)).startsWith("Image 2 in the text (/media/12/480.jpg) has no description");
        assertThat(rendered.imageProblems().get(2)).startsWith("Image 3 in the text (/media/12/1600.jpg)");
        assertThat(rendered.imageProblems().get(3)).startsWith("Image 5 in the text (/media/12/480.jpg)");
        assertThat(markdown.render("![A bridge](/media/12/960.jpg \"Slowly\")\n\nText.").imageProblems()).isEmpty();
    }

    @Test
    void theMarkdownTheEditorWritesReadsBackExactlyAsTyped() {
        List<String[]> typed = List.of(
                new String[] {"A bridge", ""},
                new String[] {"Hips up [slowly] *not* _fast_, `no` <b>arch</b> & no \\ flare!", "Ribs \"down\" & \\breathe\\ *low*"},
                new String[] {"  Two\nlines\tand  spaces ", " a caption\non two lines "},
                new String[] {"![nested](/media/1/480.jpg)", "](/x) \"quoted\""},
                new String[] {"&amp; stays &amp; ; &copy; too", "&lt;not a tag&gt;"});
        for (String[] words : typed) {
            String source = ImageInsertion.markdown("/media/12/960.jpg", words[0], words[1]);
            Document html = render(ImageInsertion.appended("Some text.", source));
            Element image = html.selectFirst("figure img");
            assertThat(image).as(source).isNotNull();
            assertThat(image.attr("src")).as(source).isEqualTo("/media/12/960.jpg");
            // The sanitiser ends a value holding a backtick with a space (old browsers misread backticks).
            assertThat(image.attr("alt").strip()).as(source).isEqualTo(words[0].replaceAll("\\s+", " ").strip());
            String caption = words[1].replaceAll("\\s+", " ").strip();
            if (caption.isEmpty()) {
                assertThat(html.select("figcaption")).as(source).isEmpty();
            } else {
                assertThat(html.selectFirst("figcaption").text()).as(source).isEqualTo(caption);
            }
            assertThat(markdown.render(source).imageProblems()).as(source).isEmpty();
        }
    }

    @Test
    void anInsertedImageIsAParagraphOfItsOwnAtTheEnd() {
        assertThat(ImageInsertion.appended("Text.\n\n\n", "![a](/media/12/960.jpg)")).isEqualTo("Text.\n\n![a](/media/12/960.jpg)\n");
        assertThat(ImageInsertion.appended("", "![a](/media/12/960.jpg)")).isEqualTo("![a](/media/12/960.jpg)\n");
        assertThat(ImageInsertion.appended(null, "![a](/media/12/960.jpg)")).isEqualTo("![a](/media/12/960.jpg)\n");
    }

    @Test
    void mailShowsTheFigureAndCaptionWithoutSizes() {
        Document mail = Jsoup.parseBodyFragment(markdown.renderForMail("![A bridge](/media/12/960.jpg \"Slowly\")",
                (id, width) -> "https://site.example/media/" + id + "/" + width + ".jpg?k=key"));

        assertThat(mail.selectFirst("figure img").attr("src")).isEqualTo("https://site.example/media/12/960.jpg?k=key");
        assertThat(mail.selectFirst("figure img").hasAttr("srcset")).isFalse();
        assertThat(mail.selectFirst("figcaption").text()).isEqualTo("Slowly");
    }
}
