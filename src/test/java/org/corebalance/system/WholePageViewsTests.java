package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A page is sent whole, in UTF-8 with its length, or not at all. */
class WholePageViewsTests {

    private final TemplateEngine templates = mock(TemplateEngine.class);
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private void render() throws Exception {
        var view = new WholePageViews.WholePageView(templates);
        view.setUrl("blog/article.jte");
        view.renderMergedTemplateModel(Map.of(), new MockHttpServletRequest(), response);
    }

    private void templateWrites(String... pieces) {
        willAnswer(call -> {
            TemplateOutput output = call.getArgument(2);
            for (String piece : pieces) {
                if (piece == null) {
                    throw new TemplateException("Failed to render blog/article.jte");
                }
                output.writeContent(piece);
            }
            output.writeBinaryContent("</html>".getBytes(StandardCharsets.UTF_8));
            return null;
        }).given(templates).render(eq("blog/article.jte"), anyMap(), any(TemplateOutput.class));
    }

    @Test
    void aPageIsSentInUtf8WithItsLength() throws Exception {
        templateWrites("<html><p>Don\u2019t arch your back \u2014 ", "brace first.</p>");

        render();

        String page = "<html><p>Don\u2019t arch your back \u2014 brace first.</p></html>";
        assertThat(response.getContentAsByteArray()).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
        assertThat(response.getContentLength()).isEqualTo(page.getBytes(StandardCharsets.UTF_8).length);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void aTemplateThatFailsHalfWaySendsNothing() {
        templateWrites("<html><p>The first half of a page", null, "never written");

        assertThatExceptionOfType(TemplateException.class).isThrownBy(this::render);

        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
