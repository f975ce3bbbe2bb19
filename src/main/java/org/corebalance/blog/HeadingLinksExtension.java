package org.corebalance.blog;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Text;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders headings one level below the page title (a Markdown {@code #} becomes {@code <h2>}),
 * each followed by a small link to itself so readers can share a section.
 */
final class HeadingLinksExtension implements HtmlRenderer.HtmlRendererExtension {

    static HeadingLinksExtension create() {
        return new HeadingLinksExtension();
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(HeadingRenderer::new);
    }

    private static final class HeadingRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

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
            String tag = "h" + Math.min(6, Math.max(2, heading.getLevel()));
            // Attribute providers (the heading-anchor extension) add the id.
            Map<String, String> attributes = context.extendAttributes(heading, tag, Map.of());
            html.line();
            html.tag(tag, attributes);
            for (Node child = heading.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            String id = attributes.get("id");
            if (id != null) {
                html.raw(" ");
                html.tag("a", Map.of("class", "heading-anchor", "href", "#" + id,
                        "aria-label", "Link to the section " + plainText(heading)));
                html.raw("#");
                html.tag("/a");
            }
            html.tag("/" + tag);
            html.line();
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
