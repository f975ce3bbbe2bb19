package org.corebalance.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The coach's "Key takeaways" box: a block quote whose first line is {@code [!TAKEAWAYS]},
 * optionally followed by a title of its own, rendered as a box with a heading.
 *
 * <pre>
 * > [!TAKEAWAYS]
 * > - Stability first, then stretch.
 * </pre>
 */
final class TakeawaysExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static final String MARKER = "[!TAKEAWAYS]";
    static final String DEFAULT_TITLE = "Key takeaways";

    static TakeawaysExtension create() {
        return new TakeawaysExtension();
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessor(document -> {
            var found = new ArrayList<BlockQuote>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(BlockQuote blockQuote) {
                    found.add(blockQuote);
                    visitChildren(blockQuote);
                }
            });
            found.forEach(TakeawaysExtension::convertIfMarked);
            return document;
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(TakeawaysRenderer::new);
    }

    private static void convertIfMarked(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first)) {
            return;
        }
        var firstLine = new ArrayList<Node>();
        var text = new StringBuilder();
        Node node = first.getFirstChild();
        while (node != null && !(node instanceof SoftLineBreak) && !(node instanceof HardLineBreak)) {
            if (!(node instanceof Text literal)) {
                return;
            }
            text.append(literal.getLiteral());
            firstLine.add(node);
            node = node.getNext();
        }
        String line = text.toString().strip();
        if (!line.toUpperCase(Locale.ROOT).startsWith(MARKER)) {
            return;
        }
        String title = line.substring(MARKER.length()).strip();
        firstLine.forEach(Node::unlink);
        if (node != null) {
            node.unlink();
        }
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        var box = new Takeaways(title.isEmpty() ? DEFAULT_TITLE : title);
        Node child = quote.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            box.appendChild(child);
            child = next;
        }
        quote.insertAfter(box);
        quote.unlink();
    }

    /** The box in the parsed document. */
    static final class Takeaways extends CustomBlock {

        final String title;

        Takeaways(String title) {
            this.title = title;
        }
    }

    private static final class TakeawaysRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        TakeawaysRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Takeaways.class);
        }

        @Override
        public void render(Node node) {
            var box = (Takeaways) node;
            html.line();
            html.tag("div", Map.of("class", "takeaways"));
            html.line();
            html.tag("h2", Map.of("class", "takeaways-title"));
            html.text(box.title);
            html.tag("/h2");
            html.line();
            List<Node> children = new ArrayList<>();
            for (Node child = box.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            children.forEach(context::render);
            html.tag("/div");
            html.line();
        }
    }
}
