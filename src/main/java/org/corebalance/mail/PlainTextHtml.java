package org.corebalance.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML part of a message written only as plain text: the same words, escaped, in paragraphs,
 * with its web addresses as links, so every message reaches mail programs with both parts.
 */
final class PlainTextHtml {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    private PlainTextHtml() {
    }

    static String of(String text) {
        var html = new StringBuilder("<!doctype html><html><body style=\"font-family: sans-serif; line-height: 1.5;"
                + " color: #1f2a2e; max-width: 36em;\">\n");
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(linked(HtmlUtils.htmlEscape(paragraph.strip())).replaceAll("\\R", "<br>\n"))
                    .append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** Escaping leaves addresses as they were (they hold no &lt; or &quot;), except &amp;s, which stay escaped in href. */
    private static String linked(String escaped) {
        Matcher matcher = LINK.matcher(escaped);
        var out = new StringBuilder();
        while (matcher.find()) {
            String url = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
