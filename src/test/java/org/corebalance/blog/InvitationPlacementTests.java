package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvitationPlacementTests {

    private static final String PARAGRAPH = "<p>" + "words ".repeat(60) + "</p>";

    @Test
    void goesBeforeTheSectionNearestTheMiddle() {
        String html = PARAGRAPH + "<h2 id=\"a\">A</h2>" + PARAGRAPH + "<h2 id=\"b\">B</h2>" + PARAGRAPH
                + "<h2 id=\"c\">C</h2>" + PARAGRAPH + PARAGRAPH;
        assertThat(InvitationPlacement.of(html)).isEqualTo(html.indexOf("<h2 id=\"b\""));
    }

    @Test
    void neverInsideTheTakeawaysBox() {
        String html = PARAGRAPH + "<h2 id=\"a\">A</h2>" + PARAGRAPH + PARAGRAPH
                + "<div class=\"takeaways\"><h2 class=\"takeaways-title\">Key takeaways</h2>" + PARAGRAPH.repeat(6) + "</div>";
        assertThat(InvitationPlacement.of(html)).isEqualTo(html.indexOf("<h2 id=\"a\""));
    }

    @Test
    void noneInsideAnArticleWithoutSectionsOrOnlyAnOpeningOne() {
        assertThat(InvitationPlacement.of(PARAGRAPH + PARAGRAPH)).isEqualTo(-1);
        assertThat(InvitationPlacement.of("<h2 id=\"a\">A</h2>" + PARAGRAPH.repeat(4))).isEqualTo(-1);
    }
}
