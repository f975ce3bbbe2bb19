package org.corebalance.system;

import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered whole before a byte is sent, then written in one piece with their length.
 * jte's own view writes through the servlet's character writer, which encodes as it goes: once a
 * page has a curly quote, the JDK's encoder takes its slow path for the rest of the buffer, and in
 * the assessment benchmark that was a fifth of the server's time (encoding the whole page as one
 * string was no better). A page whose template fails also sends nothing half-done, so the error
 * page comes out clean. jte's own binary output ({@code Utf8ByteOutput}) does the same job, but
 * measured side by side (bench/page-output.sh) it took 8 to 23% more CPU for an assessment step,
 * a page of a thousand small pieces rendered on every request (38 to 67% more when its pieces are
 * written one by one, as its {@code writeTo} does), and saved only 4 to 7% on an article, which the
 * public page cache mostly serves.
 */
@Configuration(proxyBeanMethods = false)
class WholePageViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templateEngine, JteProperties properties) {
        return new JteViewResolver(templateEngine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new WholePageView(templateEngine);
            }
        };
    }

    static final class WholePageView extends JteView {

        private final TemplateEngine templateEngine;

        WholePageView(TemplateEngine templateEngine) {
            super(templateEngine);
            this.templateEngine = templateEngine;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                HttpServletResponse response) throws Exception {
            var page = new Utf8Page();
            templateEngine.render(getUrl(), model, page);
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(page.size());
            page.writeTo(response.getOutputStream());
        }
    }

    /**
     * A page as UTF-8 bytes, encoded piece by piece as the template writes it: most pieces are
     * plain ASCII, which the JDK copies as it is, and only the few with a curly quote or a dash
     * take the slower way.
     */
    static final class Utf8Page implements TemplateOutput {

        private byte[] bytes = new byte[16 * 1024];
        private int size;

        @Override
        public void writeContent(String value) {
            write(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void writeContent(String value, int beginIndex, int endIndex) {
            write(value.substring(beginIndex, endIndex).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void writeBinaryContent(byte[] value) {
            write(value);
        }

        int size() {
            return size;
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(bytes, 0, size);
        }

        private void write(byte[] piece) {
            if (size + piece.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + piece.length));
            }
            System.arraycopy(piece, 0, bytes, size, piece.length);
            size += piece.length;
        }
    }
}
