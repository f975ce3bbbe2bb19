package org.corebalance.blog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
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

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "hr", "br", "a", "img", "div", "table", "thead", "tbody", "tr",
                    "th", "td", "sup", "sub", "kbd")
            .allowAttributes("id").matching(Pattern.compile(HeadingLinksExtension.ID_PREFIX + "[a-z0-9][a-z0-9-]{0,160}"))
            .onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(Pattern.compile("takeaways|takeaways-title|heading-anchor"))
            .onElements("div", "h2", "a")
            .allowAttributes("aria-label").onElements("a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img")
            // Images come from the media library only: anything else would be blocked by the CSP anyway.
            .allowAttributes("src").matching(Pattern.compile("/media/\\d{1,18}/\\d{1,5}\\.jpg")).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,4}")).onElements("ol")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener")
            .toFactory();

    private final List<Extension> extensions = List.of(TablesExtension.create(), TakeawaysExtension.create(),
            HeadingLinksExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();
    private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();
    /** E-mail has no use for "link to this section" anchors. */
    private final List<Extension> mailExtensions = List.of(TablesExtension.create(), TakeawaysExtension.create());
    private final Parser mailParser = Parser.builder().extensions(mailExtensions).build();
    private final HtmlRenderer mailRenderer = HtmlRenderer.builder().extensions(mailExtensions).sanitizeUrls(true).build();

    Rendered render(String markdown) {
        Node document = parser.parse(markdown);
        String html = POLICY.sanitize(htmlRenderer.render(document));
        return new Rendered(html, readingMinutes(textRenderer.render(document)), imagesIn(html));
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

    /** Sanitised HTML, the reading time in whole minutes (at least one) and the library images it shows. */
    record Rendered(String html, int readingMinutes, Set<Long> images) {
    }
}
