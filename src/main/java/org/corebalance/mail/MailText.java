package org.corebalance.mail;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The plain-text part of an e-mail, read off its HTML part: paragraphs and headings as blocks with
 * a blank line between them, list items as "- " lines, line breaks kept, and every link followed
 * by its address in angle brackets (RFC 3986's delimiters), so a reader of plain text can follow
 * it. The footer comes after the conventional "-- " signature line.
 */
final class MailText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "ul", "ol", "table", "tr", "pre", "section", "header", "main", "article", "hr");

    private final StringBuilder text = new StringBuilder();
    private int listDepth;

    private MailText() {
    }

    static String of(Element body) {
        var visitor = new MailText();
        body.traverse(visitor);
        // Trailing spaces go, except the one in the signature line "-- ".
        return visitor.text.toString().replaceAll("\\r\\n?", "\n").replaceAll("(?m)(?<!^--)[ \\t]+$", "").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            if (keepsLines(textNode.parent())) {
                text.append(textNode.getWholeText().strip());
            } else {
                appendWords(textNode.isBlank() ? " " : textNode.text());
            }
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            switch (tag) {
                case "br" -> text.append('\n');
                case "li" -> text.append('\n').append("  ".repeat(Math.max(0, listDepth - 1))).append("- ");
                case "footer" -> blankLine().append("-- \n");
                case "ul", "ol" -> {
                    listDepth++;
                    blankLine();
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        blankLine();
                    }
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("a")) {
                String href = element.attr("href");
                String words = element.text().strip();
                String address = href.startsWith("mailto:") ? href.substring("mailto:".length()) : href;
                if (!href.isBlank() && !address.equals(words)) {
                    text.append(" <").append(address).append('>');
                }
            } else if (tag.equals("ul") || tag.equals("ol")) {
                listDepth--;
                blankLine();
            } else if (tag.equals("hr")) {
                text.append("----");
                blankLine();
            } else if (BLOCKS.contains(tag) || tag.equals("footer")) {
                blankLine();
            }
        }
    }

    /** Text the HTML part shows with its own line breaks: preformatted, or styled {@code white-space: pre-wrap}. */
    private static boolean keepsLines(Node parent) {
        for (Node node = parent; node instanceof Element element; node = node.parent()) {
            if (element.normalName().equals("pre") || element.attr("style").contains("pre-wrap")) {
                return true;
            }
        }
        return false;
    }

    /** Words as a browser would show them: runs of white space are one space, none at a line's start. */
    private void appendWords(String words) {
        String folded = words.replaceAll("\\s+", " ");
        if (folded.startsWith(" ") && (text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            folded = folded.substring(1);
        }
        text.append(folded);
    }

    private StringBuilder blankLine() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        if (text.toString().endsWith("-- \n")) {
            return text;
        }
        if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
            text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
        }
        return text;
    }
}
