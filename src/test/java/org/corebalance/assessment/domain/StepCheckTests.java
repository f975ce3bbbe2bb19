package org.corebalance.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepCheckTests {

    private final Definition mixed = TestDefinitions.instrument("mixed-v1.json");
    private final Section first = mixed.section("first").orElseThrow();
    private final Section second = mixed.section("second").orElseThrow();

    private static Map<String, List<String>> form(String... pairs) {
        var form = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.computeIfAbsent(pairs[i], key -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return form;
    }

    @Test
    void aCompleteStepIsAcceptedAndAddedToTheEarlierAnswers() {
        Answers before = Answers.empty().with("count", "3");

        StepCheck check = mixed.check(first, before, form("gate", "open", "behind_gate", "a", "behind_gate", "b",
                "behind_behind", "5"));

        assertThat(check.ok()).isTrue();
        assertThat(check.answers().asMap()).containsEntry("gate", List.of("open"))
                .containsEntry("behind_gate", List.of("a", "b"))
                .containsEntry("behind_behind", List.of("5"))
                .containsEntry("count", List.of("3"));
    }

    @Test
    void aRequiredQuestionLeftEmptyGetsAMessageAndAnOptionalOneDoesNot() {
        StepCheck check = mixed.check(second, Answers.empty(), form("count", " "));

        assertThat(check.ok()).isTrue();
        // count and optional_scale are optional; big_count is hidden because count is not 20 or more.
        assertThat(check.errors()).isEmpty();

        StepCheck gate = mixed.check(first, Answers.empty(), form());
        assertThat(gate.errors()).containsExactly(Map.entry("gate", "Please answer this question."));
    }

    @Test
    void aQuestionShownByAnAnswerOnTheSameStepBecomesRequired() {
        StepCheck check = mixed.check(second, Answers.empty(), form("count", "25"));

        assertThat(check.errors()).containsOnlyKeys("big_count");
        assertThat(mixed.check(second, Answers.empty(), form("count", "25", "big_count", "y", "optional_scale", "3"))
                .answers().asMap()).containsOnlyKeys("count", "big_count", "optional_scale");
    }

    @Test
    void answersToHiddenQuestionsAreDroppedWithoutComplaint() {
        StepCheck check = mixed.check(first, Answers.empty(), form("gate", "closed", "behind_gate", "a",
                "behind_behind", "3"));

        assertThat(check.ok()).isTrue();
        assertThat(check.answers().asMap()).containsOnlyKeys("gate");
    }

    @Test
    void sendingAStepAgainReplacesItsEarlierAnswers() {
        Answers before = mixed.check(first, Answers.empty(), form("gate", "open", "behind_gate", "a",
                "behind_behind", "3")).answers();

        StepCheck again = mixed.check(first, before, form("gate", "skip"));

        assertThat(again.ok()).isTrue();
        assertThat(again.answers().asMap()).containsOnlyKeys("gate").containsEntry("gate", List.of("skip"));
    }

    @Test
    void changingAnEarlierAnswerDropsLaterAnswersItNowHides() {
        Answers answers = mixed.check(first, Answers.empty(), form("gate", "open", "behind_gate", "a",
                "behind_behind", "6")).answers();
        answers = mixed.check(second, answers, form("count", "2")).answers();

        Answers changed = mixed.check(first, answers, form("gate", "open", "behind_gate", "none")).answers();

        assertThat(changed.asMap()).containsOnlyKeys("gate", "behind_gate", "count");
        assertThat(Scoring.score(mixed, answers.with("behind_gate", "none")).score("share").get().value())
                .as("a stale answer to a now hidden question does not count")
                .isNull();
    }

    @Test
    void anExclusiveOptionWithOthersIsAnErrorAnHonestFormCanSend() {
        StepCheck check = mixed.check(first, Answers.empty(), form("gate", "open", "behind_gate", "a",
                "behind_gate", "none"));

        assertThat(check.tampered()).isFalse();
        assertThat(check.errors()).containsEntry("behind_gate",
                "\u201cNone of these\u201d can\u2019t be combined with other answers.");
    }

    @Test
    void aTypedNumberThatIsNotWholeOrOutOfRangeIsAnError() {
        assertThat(mixed.check(second, Answers.empty(), form("count", "lots")).errors())
                .containsEntry("count", "Please enter a whole number.");
        assertThat(mixed.check(second, Answers.empty(), form("count", "41")).errors())
                .containsEntry("count", "Please enter a number from -5 to 40.");
        assertThat(mixed.check(second, Answers.empty(), form("count", "2.5")).tampered()).isFalse();
        assertThat(mixed.check(second, Answers.empty(), form("count", " 7 ")).answers().values("count"))
                .containsExactly("7");
    }

    @Test
    void valuesNoHonestFormCouldSendAreTampering() {
        assertThat(mixed.check(first, Answers.empty(), form("gate", "ajar")).tampered()).as("unknown option").isTrue();
        assertThat(mixed.check(first, Answers.empty(), form("gate", "open", "admin", "1")).tampered())
                .as("unknown item").isTrue();
        assertThat(mixed.check(first, Answers.empty(), form("gate", "open", "count", "1")).tampered())
                .as("an item of another step").isTrue();
        assertThat(mixed.check(first, Answers.empty(), form("gate", "open", "behind_gate", "a", "behind_gate", "a"))
                .tampered()).as("a repeated value").isTrue();
        assertThat(mixed.check(first, Answers.empty(), form("gate", "open", "gate", "closed")).tampered())
                .as("two answers to a one-answer question").isTrue();
        assertThat(mixed.check(second, Answers.empty(), form("optional_scale", "11")).tampered())
                .as("a point off the scale").isTrue();
        assertThat(mixed.check(first, Answers.empty(), form("gate", "open")).tampered()).as("an honest step").isFalse();
    }

    @Test
    void aTamperedStepIsNotOkEvenWhenItsAnswersAreComplete() {
        StepCheck check = mixed.check(first, Answers.empty(), form("gate", "skip", "behind_gate", "zzz"));

        assertThat(check.errors()).isEmpty();
        assertThat(check.tampered()).isTrue();
        assertThat(check.ok()).isFalse();
    }

    @Test
    void theShippedSafetyStepAsksFollowUpsOnlyWhenTheyMatter() {
        Definition shipped = TestDefinitions.shipped();
        Section safety = shipped.section("safety").orElseThrow();

        Answers typical = ShippedAnswers.typical();
        assertThat(shipped.check(safety, Answers.empty(), ShippedAnswers.step(safety, typical)).errors()).isEmpty();
        assertThat(shipped.check(safety, Answers.empty(), ShippedAnswers.step(safety, typical.with("bone_thinning", "unsure")
                .with("not_improving", "yes"))).errors()).containsOnlyKeys("recent_fall", "checked_by_clinician");
    }
}
