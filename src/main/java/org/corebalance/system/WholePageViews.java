package org.corebalance.system;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered whole before a byte is sent, then written in one piece with their length.
 * The starter's own view writes through the servlet's character writer, which encodes as it goes:
 * once a page has a curly quote, the JDK's encoder takes its slow path for the rest of the buffer
 * (in the assessment benchmark that was a fifth of the server's time), and a template that fails
 * half-way has sent half a page. jte's {@link Utf8ByteOutput} encodes each piece by itself (plain
 * ASCII is copied as it is); its pieces are joined before they are written, because a step of the
 * assessment has over a thousand and Tomcat's stream takes each write at a cost
 * (bench/page-output.sh). A page whose template fails sends nothing, so the error page comes out clean.
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
            var page = new Utf8ByteOutput();
            templateEngine.render(getUrl(), model, page);
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(page.getContentLength());
            response.getOutputStream().write(page.toByteArray());
        }
    }
}
