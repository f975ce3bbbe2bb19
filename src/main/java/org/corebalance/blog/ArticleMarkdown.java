package org.corebalance.blog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.corebalance.media.MediaApi;
import org.corebalance.media.ResponsiveImage;
import org.owasp.html.PolicyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns an article's Markdown into the HTML readers get: CommonMark with tables, linked headings
 * and the Key takeaways box, then sanitised so that nothing executable can survive. Runs when an
 * article is saved; pages serve the stored result.
 */
@Component
class ArticleMarkdown {

    /** Words an adult reads on screen in a minute, for the reading-time estimate. */
    static final int WORDS_PER_MINUTE = 220;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** An image in sanitised HTML: the policy below lets no other {@code src} through, and always quotes it so. */
    private static final Pattern MEDIA_SRC = Pattern.compile("src=\"/media/(\\d{1,18})/(\\d{1,5})\\.jpg\"");

    /** An image tag in sanitised HTML, whose attributes the policy always quotes with " and escapes inside. */
    private static final Pattern IMG = Pattern.compile("<img\\b([^>]*)>");
    private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"");
    private static final Pattern LIBRARY_IMAGE = Pattern.compile("/media/\\d{1,18}/\\d{1,5}\\.jpg");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "hr", "br", "a", "img", "div", "table", "thead", "tbody", "tr",
                    "th", "td", "sup", "sub", "kbd", "figure", "figcaption")
            .allowAttributes("id").matching(Pattern.compile(HeadingLinksExtension.ID_PREFIX + "[a-z0-9][a-z0-9-]{0,160}"))
            .onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(Pattern.compile("takeaways|takeaways-title|heading-anchor"))
            .onElements("div", "h2", "a")
            .allowAttributes("aria-label").onElements("a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img")
            // Images come from the media library only: anything else would be blocked by the CSP anyway.
            .allowAttributes("src").matching(LIBRARY_IMAGE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,4}")).onElements("ol")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener")
            .toFactory();

    private final List<Extension> extensions = List.of(TablesExtension.create(), TakeawaysExtension.create(),
            HeadingLinksExtension.create(), FiguresExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();
    private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();
    /** E-mail has no use for "link to this section" anchors. */
    private final List<Extension> mailExtensions = List.of(TablesExtension.create(), TakeawaysExtension.create(),
            FiguresExtension.create());
    private final Parser mailParser = Parser.builder().extensions(mailExtensions).build();
    private final HtmlRenderer mailRenderer = HtmlRenderer.builder().extensions(mailExtensions).sanitizeUrls(true).build();

    /** What a page needs to show a library image at the right size: from {@code MediaApi.describe}. */
    private final Function<Long, Optional<ResponsiveImage>> library;

    @Autowired
    ArticleMarkdown(MediaApi media) {
        this(media::describe);
    }

    ArticleMarkdown(Function<Long, Optional<ResponsiveImage>> library) {
        this.library = library;
    }

    /** Without the library: images keep only the address they were given. */
    ArticleMarkdown() {
        this(id -> Optional.empty());
    }

    Rendered render(String markdown) {
        Node document = parser.parse(markdown);
        String html = POLICY.sanitize(htmlRenderer.render(document));
        return new Rendered(responsive(html), readingMinutes(textRenderer.render(document)), imagesIn(html),
                imageProblems(document, html));
    }

    /**
     * Gives each library image in sanitised HTML every size the library has of it, how wide the
     * text shows it, and its proportions (so the page keeps its place before it loads); images
     * below the first screen load as the reader nears them. Added after sanitising, from what we
     * stored ourselves, so the policy lets none of these through from the Markdown.
     */
    private String responsive(String html) {
        return MEDIA_SRC.matcher(html).replaceAll(image -> {
            Optional<ResponsiveImage> found = library.apply(Long.valueOf(image.group(1)));
            if (found.isEmpty()) {
                return Matcher.quoteReplacement(image.group());
            }
            ResponsiveImage sizes = found.get();
            return Matcher.quoteReplacement(image.group() + " srcset=\"" + sizes.srcset() + "\" sizes=\""
                    + ImageSizes.PROSE + "\" width=\"" + sizes.width() + "\" height=\"" + sizes.height()
                    + "\" loading=\"lazy\" decoding=\"async\"");
        });
    }

    /**
     * What stops the text's images from being shown to everyone: one from outside the library
     * (readers would see nothing), or one without a description (readers who cannot see it would
     * not know what it shows). Each says which image and what to do.
     */
    private static List<String> imageProblems(Node document, String html) {
        var problems = new ArrayList<String>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (!LIBRARY_IMAGE.matcher(image.getDestination()).matches()) {
                    problems.add("The image " + image.getDestination() + " is not from the media library, so readers"
                            + " would not see it. Insert images with \u201cInsert an image\u201d; each has an address"
                            + " like /media/12/960.jpg.");
                }
                visitChildren(image);
            }
        });
        Matcher image = IMG.matcher(html);
        int number = 0;
        while (image.find()) {
            number++;
            Matcher src = MEDIA_SRC.matcher(image.group());
            Matcher alt = ALT.matcher(image.group(1));
            if (src.find() && (!alt.find() || alt.group(1).isBlank())) {
                String address = "/media/" + src.group(1) + "/" + src.group(2) + ".jpg";
                problems.add("Image " + number + " in the text (" + address + ") has no description. Say what it shows"
                        + " for readers who cannot see it, between the square brackets: ![A woman lying on her back,"
                        + " lifting her hips](" + address + ").");
            }
        }
        return problems;
    }

    /**
     * The same Markdown for an e-mail: no section anchors, and each image at the address
     * {@code imageAddress} gives for its id and width (absolute: a mail program has no site to
     * be relative to).
     */
    String renderForMail(String markdown, BiFunction<Long, Integer, String> imageAddress) {
        String html = POLICY.sanitize(mailRenderer.render(mailParser.parse(markdown)));
        return MEDIA_SRC.matcher(html).replaceAll(image -> Matcher.quoteReplacement("src=\""
                + imageAddress.apply(Long.valueOf(image.group(1)), Integer.valueOf(image.group(2))) + "\""));
    }

    /** The ids of the media library's images the Markdown shows, in order of appearance. */
    Set<Long> imagesOf(String markdown) {
        return imagesIn(POLICY.sanitize(mailRenderer.render(mailParser.parse(markdown))));
    }

    /** The ids of the media library's images that sanitised HTML shows, in order of appearance. */
    static Set<Long> imagesIn(String html) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher image = MEDIA_SRC.matcher(html);
        while (image.find()) {
            ids.add(Long.valueOf(image.group(1)));
        }
        return ids;
    }

    static int readingMinutes(String text) {
        long words = WORD.matcher(text).results().count();
        return (int) Math.max(1, Math.round(Math.ceil(words / (double) WORDS_PER_MINUTE)));
    }

    /**
     * Sanitised HTML, the reading time in whole minutes (at least one), the library images it shows,
     * and what is wrong with its images (empty when nothing is).
     */
    record Rendered(String html, int readingMinutes, Set<Long> images, List<String> imageProblems) {
    }
}
