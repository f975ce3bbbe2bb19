package org.corebalance.blog;

import java.util.ArrayList;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * An image alone in its paragraph is a figure, and the image's title is its caption:
 *
 * <pre>
 * ![A woman lying on her back, lifting her hips](/media/12/960.jpg "The bridge: glutes start the lift")
 * </pre>
 *
 * becomes {@code <figure><img src="/media/12/960.jpg" alt="A woman…"><figcaption>The bridge…</figcaption></figure>}
 * (without the caption when there is no title). An image among words stays an image, its title a
 * tooltip, since a figure cannot stand inside a paragraph.
 */
final class FiguresExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static FiguresExtension create() {
        return new FiguresExtension();
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessor(document -> {
            var alone = new ArrayList<Paragraph>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Paragraph paragraph) {
                    Node only = paragraph.getFirstChild();
                    if (only instanceof Image && only.getNext() == null) {
                        alone.add(paragraph);
                    }
                }
            });
            alone.forEach(FiguresExtension::makeFigure);
            return document;
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(FigureRenderer::new);
    }

    private static void makeFigure(Paragraph paragraph) {
        var image = (Image) paragraph.getFirstChild();
        String title = image.getTitle();
        var figure = new Figure(title == null ? "" : title.strip());
        image.setTitle(null);
        figure.appendChild(image);
        paragraph.insertAfter(figure);
        paragraph.unlink();
    }

    /** An image with its caption (empty for none) in the parsed document. */
    static final class Figure extends CustomBlock {

        final String caption;

        Figure(String caption) {
            this.caption = caption;
        }
    }

    private static final class FigureRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        FigureRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Figure.class);
        }

        @Override
        public void render(Node node) {
            var figure = (Figure) node;
            html.line();
            html.tag("figure");
            context.render(figure.getFirstChild());
            if (!figure.caption.isEmpty()) {
                html.tag("figcaption");
                html.text(figure.caption);
                html.tag("/figcaption");
            }
            html.tag("/figure");
            html.line();
        }
    }
}
