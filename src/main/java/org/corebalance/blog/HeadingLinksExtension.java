package org.corebalance.blog;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders an article's headings below the page title: the highest level the author used becomes
 * {@code <h2>} and the others keep their distance from it. Each gets an id of its own ("s-" and
 * its words, unique in the article, never one the page layout uses) and a small link to itself,
 * so readers can share a section.
 */
final class HeadingLinksExtension implements HtmlRenderer.HtmlRendererExtension {

    static final String ID_PREFIX = "s-";

    static HeadingLinksExtension create() {
        return new HeadingLinksExtension();
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(HeadingRenderer::new);
    }

    /** One per rendering, so ids are unique within one article. */
    private static final class HeadingRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final Map<String, Integer> used = new HashMap<>();
        private int shift = -1;

        HeadingRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class);
        }

        @Override
        public void render(Node node) {
            var heading = (Heading) node;
            if (shift < 0) {
                shift = 2 - highestLevel(root(heading));
            }
            String tag = "h" + Math.min(6, Math.max(2, heading.getLevel() + shift));
            String text = plainText(heading);
            String id = uniqueId(text);
            html.line();
            html.tag(tag, context.extendAttributes(heading, tag, Map.of("id", id)));
            for (Node child = heading.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.raw(" ");
            html.tag("a", Map.of("class", "heading-anchor", "href", "#" + id, "aria-label", "Link to the section " + text));
            html.raw("#");
            html.tag("/a");
            html.tag("/" + tag);
            html.line();
        }

        private String uniqueId(String text) {
            String base = Slugs.of(text);
            if (base.isEmpty()) {
                base = "section";
            }
            int count = used.merge(base, 1, Integer::sum);
            return ID_PREFIX + (count == 1 ? base : base + "-" + count);
        }

        private static Node root(Node node) {
            Node current = node;
            while (current.getParent() != null) {
                current = current.getParent();
            }
            return current;
        }

        private static int highestLevel(Node document) {
            int[] highest = {6};
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    highest[0] = Math.min(highest[0], heading.getLevel());
                }
            });
            return highest[0];
        }

        private static String plainText(Node node) {
            var text = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text literal) {
                    text.append(literal.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    text.append(code.getLiteral());
                }
            });
            return text.toString().strip();
        }
    }
}
