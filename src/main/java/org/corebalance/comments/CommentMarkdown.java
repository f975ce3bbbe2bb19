package org.corebalance.comments;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The Markdown readers may use in comments: paragraphs, emphasis, lists, inline code and links.
 * Raw HTML is shown as text, headings and images stay plain text, and the result is sanitised
 * again with an allow-list; every link gets rel="nofollow ugc" and opens nothing but http(s) or mail.
 */
final class CommentMarkdown {

    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of(ListBlock.class)).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /**
     * A link must go somewhere on the web or to a mail program: the renderer empties a dangerous
     * address, and an empty or relative one would only reload the article, so such a link is dropped (its text stays).
     */
    private static final Pattern WEB_OR_MAIL = Pattern.compile("(?i)(?:https?://|mailto:)\\S+");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "ul", "ol", "li", "code", "a")
            .allowAttributes("href").matching(WEB_OR_MAIL).onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();
    /** The start of a web address; a "www." inside one (https://www.…) is the same address. */
    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://|(?<![\\w./-])www\\.");

    private CommentMarkdown() {
    }

    static String render(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** How many web addresses the text holds, written as links or typed out. */
    static int links(String markdown) {
        return (int) LINK.matcher(markdown).results().count();
    }
}
