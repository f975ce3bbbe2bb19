package org.corebalance.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine can express the scoring rules of validated instruments (with our own placeholder wording). */
class InstrumentScoringTests {

    @Nested
    class NineItemToolWithASubscale {

        private final Definition tool = TestDefinitions.instrument("nine-item-v1.json");

        /** Agrees with the first {@code outside} items of 1–4 and the first {@code inside} items of the 5–9 subscale. */
        private Answers agreeing(int outside, int inside) {
            Answers answers = Answers.empty();
            for (int n = 1; n <= 8; n++) {
                boolean agree = n <= 4 ? n <= outside : n - 4 <= inside;
                answers = answers.with("q" + n, agree ? "agree" : "disagree");
            }
            return answers.with("q9", inside >= 5 ? "step-4" : "step-2");
        }

        @ParameterizedTest(name = "{0} outside and {1} inside the subscale: total {2}, subscale {3}, {4}")
        @CsvSource({
                "0, 0, 0, 0, low",
                "3, 0, 3, 0, low",
                "0, 3, 3, 3, low",
                "1, 3, 4, 3, medium",
                "4, 0, 4, 0, medium",
                "4, 3, 7, 3, medium",
                "0, 4, 4, 4, high",
                "4, 4, 8, 4, high",
                "4, 5, 9, 5, high"})
        void classifiesByTheSubscaleFirstThenTheTotal(int outside, int inside, double total, double subscale, String risk) {
            Outcome outcome = Scoring.score(tool, agreeing(outside, inside));

            assertThat(outcome.score("total")).get().extracting(ScoreResult::value).isEqualTo(total);
            assertThat(outcome.score("subscale")).get().extracting(ScoreResult::value).isEqualTo(subscale);
            assertThat(outcome.classifications().get("risk")).isEqualTo(risk);
        }

        @Test
        void theLastItemCountsOnlyItsTopTwoSteps() {
            Answers base = agreeing(0, 0);

            assertThat(Scoring.score(tool, base.with("q9", "step-3")).score("total").get().value()).isZero();
            assertThat(Scoring.score(tool, base.with("q9", "step-4")).score("total").get().value()).isEqualTo(1);
            assertThat(Scoring.score(tool, base.with("q9", "step-5")).score("total").get().value()).isEqualTo(1);
        }

        @Test
        void theRangesAreZeroToNineAndZeroToFive() {
            Outcome outcome = Scoring.score(tool, agreeing(0, 0));

            assertThat(outcome.score("total").get()).extracting(ScoreResult::min, ScoreResult::max).containsExactly(0.0, 9.0);
            assertThat(outcome.score("subscale").get()).extracting(ScoreResult::min, ScoreResult::max).containsExactly(0.0, 5.0);
        }

        @Test
        void anUnansweredItemLeavesNoScoreAndNoClassificationRatherThanLow() {
            Outcome outcome = Scoring.score(tool, agreeing(0, 0).without("q7"));

            assertThat(outcome.score("total").get().value()).isNull();
            assertThat(outcome.score("subscale").get().value()).isNull();
            assertThat(outcome.classifications().get("risk")).isNull();
        }
    }

    @Nested
    class TenSectionIndex {

        private final Definition index = TestDefinitions.instrument("ten-section-index-v1.json");

        /** Answers the first {@code sections} sections, each with the statement scored {@code score}, and the last one with {@code last}. */
        private Answers answering(int sections, int score, int last) {
            Answers answers = Answers.empty();
            for (int n = 1; n <= sections; n++) {
                answers = answers.with("sec_" + n, "statement-" + (n == sections ? last : score));
            }
            return answers;
        }

        private ScoreResult indexOf(Answers answers) {
            return Scoring.score(index, answers).score("index").orElseThrow();
        }

        @ParameterizedTest(name = "{0} sections at {1} and the last at {2}: {3} %, {4}")
        @CsvSource({
                "10, 0, 0,   0, Band 1",
                "10, 1, 0,  18, Band 1",
                "10, 1, 1,  20, Band 2",
                "10, 2, 1,  38, Band 2",
                "10, 2, 2,  40, Band 3",
                "10, 3, 2,  58, Band 3",
                "10, 3, 3,  60, Band 4",
                "10, 4, 3,  78, Band 4",
                "10, 4, 4,  80, Band 5",
                "10, 5, 5, 100, Band 5"})
        void allSectionsAnsweredIsTheSumOutOfFifty(int sections, int score, int last, double percent, String band) {
            ScoreResult result = indexOf(answering(sections, score, last));

            assertThat(result.value()).isEqualTo(percent);
            assertThat(result.bandLabel()).isEqualTo(band);
        }

        @Test
        void skippedSectionsAreLeftOutOfTheMaximum() {
            // 18 of the 45 that nine answered sections could give is 40 %, where out of 50 it would be 36 %.
            ScoreResult nine = indexOf(answering(9, 2, 2));
            assertThat(nine.value()).isEqualTo(40.0);
            assertThat(nine.bandLabel()).isEqualTo("Band 3");

            // 16 of 40 with two sections skipped, also exactly on the edge.
            ScoreResult eight = indexOf(answering(8, 2, 2));
            assertThat(eight.value()).isEqualTo(40.0);
            assertThat(eight.bandLabel()).isEqualTo("Band 3");

            // 15 of 40 is 37.5 %.
            assertThat(indexOf(answering(8, 2, 1)).bandLabel()).isEqualTo("Band 2");
        }

        @Test
        void whichSectionIsSkippedDoesNotMatter() {
            Answers skippingFirst = answering(10, 3, 3).without("sec_1");
            Answers skippingSixth = answering(10, 3, 3).without("sec_6");

            assertThat(indexOf(skippingFirst).value()).isEqualTo(60.0).isEqualTo(indexOf(skippingSixth).value());
        }

        @Test
        void tooManySkippedSectionsLeaveNoScore() {
            ScoreResult seven = indexOf(answering(7, 5, 5));

            assertThat(seven.value()).isNull();
            assertThat(seven.bandLabel()).isNull();
        }

        @Test
        void theSectionsAreOptionalSoSkippingOneIsNoError() {
            Section first = index.sections().get(0);

            assertThat(index.check(first, Answers.empty(), java.util.Map.of()).ok()).isTrue();
        }
    }

    @Nested
    class RatingWithMeaningfulChange {

        private final Definition rating = TestDefinitions.instrument("rating-v1.json");
        private final ChangeRule rule = rating.change("rating").orElseThrow();

        @ParameterizedTest(name = "{0} to {1}: {2}")
        @CsvSource({
                "8, 6, true",
                "6, 8, true",
                "8, 7, false",
                "7, 8, false",
                "3, 2, true",
                "4, 3, false",
                "10, 9, false",
                "5, 3.5, true",
                "5, 3.6, false",
                "1, 0, true",
                "0, 1, false",
                "0, 2, true",
                "7.3, 5.3, true",
                "6, 6, false",
                "0, 0, false"})
        void aChangeMattersFromTwoPointsOrThirtyPerCent(double before, double after, boolean meaningful) {
            MeaningfulChange change = MeaningfulChange.between(rule, before, after);

            assertThat(change.meaningful()).isEqualTo(meaningful);
            assertThat(change.change()).isCloseTo(after - before, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(change.score()).isEqualTo("rating");
        }

        @Test
        void theRuleComesFromTheDefinition() {
            assertThat(rule).isEqualTo(new ChangeRule("rating", 2, 30));
        }
    }
}
