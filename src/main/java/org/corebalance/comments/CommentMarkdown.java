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
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "ul", "ol", "li", "code", "a")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)");

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
