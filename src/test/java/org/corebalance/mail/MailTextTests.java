package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MailTextTests {

    private static String text(String body) {
        return MailText.of(Jsoup.parse("<html><head><title>t</title></head><body>" + body + "</body></html>").body());
    }

    @Test
    void paragraphsAreSeparatedByABlankLineAndWhiteSpaceFolds() {
        assertThat(text("<p>Hello   Ann,\n  welcome.</p>\n<p>Second</p>")).isEqualTo("Hello Ann, welcome.\n\nSecond\n");
    }

    @Test
    void linksShowTheirAddressUnlessTheWordsAreTheAddress() {
        assertThat(text("<p>Read <a href=\"https://x.example/a\">the article</a> now.</p>"))
                .isEqualTo("Read the article <https://x.example/a> now.\n");
        assertThat(text("<p><a href=\"https://x.example/a\">https://x.example/a</a></p>")).isEqualTo("https://x.example/a\n");
        assertThat(text("<p><a href=\"mailto:a@example.org\">a@example.org</a></p>")).isEqualTo("a@example.org\n");
    }

    @Test
    void listItemsAreDashLinesAndLineBreaksStay() {
        assertThat(text("<p>Try:</p><ul><li>bridge</li><li>side plank</li></ul><p>One<br>Two</p>"))
                .isEqualTo("Try:\n\n- bridge\n- side plank\n\nOne\nTwo\n");
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertThat(text("<blockquote style=\"white-space: pre-wrap\">line one\n\nline   two</blockquote>"))
                .isEqualTo("line one\n\nline   two\n");
    }

    @Test
    void theFooterFollowsTheSignatureLine() {
        assertThat(text("<div><p>Body</p></div><footer><p>Core Balance · San Clemente</p></footer>"))
                .isEqualTo("Body\n\n-- \nCore Balance · San Clemente\n");
    }

    @Test
    void entitiesAreShownAsTheCharactersTheyStandFor() {
        assertThat(text("<p>&lt;script&gt; &amp; &quot;quoted&quot;</p>")).isEqualTo("<script> & \"quoted\"\n");
    }
}
