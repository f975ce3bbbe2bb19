package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corebalance.blog.ImageSizes;
import org.junit.jupiter.api.Test;

/**
 * What a browser downloads of a 1,600 px photo in each place the blog shows it: it takes the
 * {@code sizes} entry whose condition matches the viewport, multiplies that width by the screen's
 * pixel ratio, and picks the narrowest width in {@code srcset} at least that wide (the widest if none
 * is). That pick should be little more than what is shown. {@code ImagesSizedBrowserTests} measures
 * the same in Chromium.
 */
class ResponsiveWidthsTests {

    private static final Map<String, String> PLACES = Map.of("hero", ImageSizes.HERO, "text", ImageSizes.PROSE,
            "card", ImageSizes.CARD);
    private static final List<Integer> OFFERED = MediaApi.variantWidths(4000);

    @Test
    void aPhoneOf360PixelsGetsTwiceAndThreeTimesWhatItShows() {
        assertThat(shownWidth(ImageSizes.HERO, 360)).isEqualTo(320);
        assertThat(shownWidth(ImageSizes.PROSE, 360)).isEqualTo(320);
        assertThat(shownWidth(ImageSizes.CARD, 360)).isEqualTo(318);
        for (String sizes : PLACES.values()) {
            assertThat(picked(sizes, 360, 2)).as(sizes).isEqualTo(640);
            assertThat(picked(sizes, 360, 3)).as(sizes).isEqualTo(960);
        }
    }

    @Test
    void everyCommonScreenDownloadsAtMostAThirdMoreThanItShows() {
        var tooLarge = new ArrayList<String>();
        for (double[] screen : new double[][] {{360, 2}, {360, 3}, {375, 2}, {375, 3}, {390, 3}, {393, 2.75}, {412, 2.625},
                {414, 2}, {414, 3}, {430, 3}, {768, 2}, {1024, 2}, {1280, 1}, {1280, 2}, {1440, 2}, {1920, 1}}) {
            for (var place : PLACES.entrySet()) {
                double needed = shownWidth(place.getValue(), screen[0]) * screen[1];
                int picked = picked(place.getValue(), screen[0], screen[1]);
                // A card shown 355 px wide at 1x gets the narrowest size, 480: 1.35 times; no screen needs less.
                double allowed = needed < OFFERED.get(0) ? OFFERED.get(0) : needed * 1.3;
                if (picked > allowed) {
                    tooLarge.add(place.getKey() + " at " + screen[0] + " px × " + screen[1] + ": needs " + Math.round(needed)
                            + ", gets " + picked);
                }
            }
        }
        assertThat(tooLarge).isEmpty();
    }

    @Test
    void theSizesMatchTheStylesheetsBoxesAtEachBreakpoint() {
        // .container-wide: 62rem less 1.25rem of padding each side.
        assertThat(shownWidth(ImageSizes.HERO, 1280)).isEqualTo(952);
        assertThat(shownWidth(ImageSizes.HERO, 991)).isEqualTo(951);
        // .container-narrow: 44rem.
        assertThat(shownWidth(ImageSizes.PROSE, 1280)).isEqualTo(664);
        assertThat(shownWidth(ImageSizes.PROSE, 700)).isEqualTo(660);
        // .cards: 1 column, 2 from 700 px, 3 from 1100 px, in a .container of 72rem; 1 px borders.
        assertThat(shownWidth(ImageSizes.CARD, 699)).isEqualTo(657);
        assertThat(shownWidth(ImageSizes.CARD, 700)).isEqualTo(318);
        assertThat(shownWidth(ImageSizes.CARD, 1100)).isCloseTo(338, org.assertj.core.data.Offset.offset(1.0));
        assertThat(shownWidth(ImageSizes.CARD, 1280)).isCloseTo(355.33, org.assertj.core.data.Offset.offset(0.01));
    }

    /** The width a browser reads from {@code sizes} for a viewport this wide. */
    static double shownWidth(String sizes, double viewport) {
        for (String entry : topLevel(sizes)) {
            String value = entry.strip();
            if (value.startsWith("(min-width:")) {
                int close = value.indexOf(')');
                double min = new Length(value.substring("(min-width:".length(), close).strip(), viewport).parse();
                if (viewport >= min) {
                    return new Length(value.substring(close + 1).strip(), viewport).parse();
                }
            } else {
                return new Length(value, viewport).parse();
            }
        }
        throw new IllegalArgumentException("no default in " + sizes);
    }

    /** The width a browser picks among those offered. */
    static int picked(String sizes, double viewport, double pixelRatio) {
        double needed = shownWidth(sizes, viewport) * pixelRatio;
        return OFFERED.stream().filter(w -> w >= needed).findFirst().orElse(OFFERED.get(OFFERED.size() - 1));
    }

    private static List<String> topLevel(String sizes) {
        var entries = new ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < sizes.length(); i++) {
            char c = sizes.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                entries.add(sizes.substring(start, i));
                start = i + 1;
            }
        }
        entries.add(sizes.substring(start));
        return entries;
    }

    /** A CSS length in px, rem (16 px) or vw, or calc() of them with + - * / (spaces around + and -, as CSS wants). */
    private static final class Length {

        private final String text;
        private final double viewport;
        private int at;

        Length(String text, double viewport) {
            this.text = text;
            this.viewport = viewport;
        }

        double parse() {
            double value = sum();
            skipSpaces();
            if (at != text.length()) {
                throw new IllegalArgumentException("cannot read " + text);
            }
            return value;
        }

        private double sum() {
            double value = product();
            while (true) {
                skipSpaces();
                if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                    char op = text.charAt(at++);
                    double next = product();
                    value = op == '+' ? value + next : value - next;
                } else {
                    return value;
                }
            }
        }

        private double product() {
            double value = term();
            while (true) {
                skipSpaces();
                if (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '/')) {
                    char op = text.charAt(at++);
                    double next = term();
                    value = op == '*' ? value * next : value / next;
                } else {
                    return value;
                }
            }
        }

        private double term() {
            skipSpaces();
            if (text.startsWith("calc(", at)) {
                at += "calc(".length();
                return inParentheses();
            }
            if (text.charAt(at) == '(') {
                at++;
                return inParentheses();
            }
            int start = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            double number = Double.parseDouble(text.substring(start, at));
            for (var unit : Map.of("px", 1.0, "rem", 16.0, "vw", viewport / 100).entrySet()) {
                if (text.startsWith(unit.getKey(), at)) {
                    at += unit.getKey().length();
                    return number * unit.getValue();
                }
            }
            return number;
        }

        private double inParentheses() {
            double value = sum();
            skipSpaces();
            if (text.charAt(at++) != ')') {
                throw new IllegalArgumentException("unclosed ( in " + text);
            }
            return value;
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
