package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Why a Tight Psoas Pulls on Your Low Back? | why-a-tight-psoas-pulls-on-your-low-back",
            "  Breathing & bracing: the 'sealed can'  | breathing-bracing-the-sealed-can",
            "Don’t skip the bridge                    | dont-skip-the-bridge",
            "Crème brûlée über Ånd                    | creme-brulee-uber-and",
            "general back pain                        | general-back-pain",
            "7-day trial -- 2026!                     | 7-day-trial-2026"})
    void makesReadableSlugs(String title, String slug) {
        assertThat(Slugs.of(title)).isEqualTo(slug);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slugs.of("stability ".repeat(30));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).endsWith("stability").doesNotEndWith("-");
    }

    @Test
    void aTitleOfOnlySymbolsGivesNoSlug() {
        assertThat(Slugs.of("?!* ---")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-psoas", "psoas-", "Psoas", "psoas--muscle", "psoas muscle", "psoas/../x", "%2e%2e", "ps\u00f6as"})
    void refusesWhatIsNotASlug(String candidate) {
        assertThat(Slugs.isValid(candidate)).isFalse();
    }
}
