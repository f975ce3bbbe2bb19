package org.corebalance.blog;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides where, inside an article, the invitation to the free trial goes: before the section
 * heading nearest the middle of the text. Only a heading at the top level of the article counts
 * (never one inside a quote, list, table or the takeaways box), and never the opening one.
 * Short articles without such sections get the invitation only below.
 */
final class InvitationPlacement {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>");
    private static final Set<String> CONTAINERS = Set.of("blockquote", "ul", "ol", "li", "table", "div", "pre");

    private InvitationPlacement() {
    }

    /** The index in {@code html} (sanitised, so well-formed) to insert the invitation at, or -1. */
    static int of(String html) {
        int depth = 0;
        int first = -1;
        int best = -1;
        int takeaways = html.indexOf("<div class=\"takeaways\"");
        int end = takeaways < 0 ? html.length() : takeaways;
        int middle = end / 2;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase();
            boolean closing = !tag.group(1).isEmpty();
            if (CONTAINERS.contains(name)) {
                depth += closing ? -1 : 1;
            } else if (!closing && depth == 0 && name.equals("h2") && tag.start() < end) {
                int at = tag.start();
                if (first < 0) {
                    first = at;
                } else if (best < 0 || Math.abs(at - middle) < Math.abs(best - middle)) {
                    best = at;
                }
            }
        }
        // Before the opening section only when it comes after a real introduction.
        if (best < 0 && first > end / 4) {
            best = first;
        }
        return best;
    }
}
