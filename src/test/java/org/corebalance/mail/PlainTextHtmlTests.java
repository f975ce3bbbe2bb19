package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A message written as plain text still reaches mail programs with an HTML part of the same words. */
class PlainTextHtmlTests {

    @Test
    void paragraphsLineBreaksAndLinksSurviveAndMarkupIsEscaped() {
        String html = PlainTextHtml.of("Hello <b>Ann</b> & co,\nline two\n\nOpen https://example.org/a?b=1&c=2. Thanks");
        var document = Jsoup.parse(html);
        assertThat(document.select("p")).hasSize(2);
        assertThat(document.select("b")).isEmpty();
        assertThat(document.select("p").first().text()).isEqualTo("Hello <b>Ann</b> & co, line two");
        assertThat(document.select("p").first().select("br")).hasSize(1);
        assertThat(document.select("a").attr("href")).isEqualTo("https://example.org/a?b=1&c=2");
        assertThat(document.select("p").last().text()).endsWith(". Thanks");
    }
}
