package org.corebalance.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** The practice's own questionnaire, core-balance v1, as a person would meet it. */
class ShippedQuestionnaireTests {

    private final Definition shipped = TestDefinitions.shipped();

    @Test
    void itAsksAboutSafetyFirstThenPainFunctionContributorsAndGoals() {
        assertThat(shipped.id()).isEqualTo("core-balance");
        assertThat(shipped.version()).isEqualTo(1);
        assertThat(shipped.sections()).extracting(Section::id)
                .containsExactly("safety", "pain", "function", "contributors", "goals");
    }

    @Test
    void honestTypicalAnswersRaiseNoFlagAndGiveALevelWithThreeExercises() {
        Outcome outcome = Scoring.score(shipped, ShippedAnswers.typical());

        assertThat(outcome.flags()).isEmpty();
        assertThat(outcome.stopped()).isFalse();
        assertThat(outcome.level()).isEqualTo(Level.BUILD);
        assertThat(outcome.exercises()).hasSize(3);
        assertThat(outcome.score("function").get().value()).isEqualTo(25.0);
        assertThat(outcome.score("function").get().bandLabel()).isEqualTo("Some limits");
        assertThat(outcome.classifications().get("irritability")).isEqualTo("moderate");
        assertThat(outcome.goals()).containsExactly(new Goal("goal_1", "Going for longer walks", 4));
    }

    @ParameterizedTest(name = "{0} answered ''{1}'' raises {2} ({3})")
    @CsvSource({
            "saddle_numbness,   unsure, saddle-numbness,   EMERGENCY",
            "saddle_numbness,   yes,    saddle-numbness,   EMERGENCY",
            "bladder_bowel,     unsure, bladder-bowel,     EMERGENCY",
            "leg_weakness,      unsure, leg-weakness,      EMERGENCY",
            "both_legs,         unsure, leg-weakness,      EMERGENCY",
            "major_trauma,      unsure, major-trauma,      EMERGENCY",
            "fever_unwell,      unsure, fever-unwell,      TODAY",
            "cancer_history,    unsure, cancer-history,    TODAY",
            "weight_loss,       unsure, weight-loss,       TODAY",
            "immune_drugs,      unsure, immune-drugs,      TODAY",
            "night_pain,        unsure, night-pain,        TODAY",
            "morning_stiffness, unsure, morning-stiffness, SOON",
            "pregnancy,         unsure, pregnancy,         SOON",
            "recent_surgery,    unsure, recent-surgery,    SOON",
            "recent_surgery,    yes,    recent-surgery,    SOON"})
    void eachRedFlagFiresOnYesAndOnNotSure(String item, String answer, String flag, Urgency urgency) {
        List<RaisedFlag> flags = shipped.flags(ShippedAnswers.typical().with(item, answer));

        assertThat(flags).extracting(RaisedFlag::id, RaisedFlag::urgency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(flag, urgency));
    }

    @Test
    void thinBonesRaiseAFlagOnlyTogetherWithAFall() {
        Answers thinBones = ShippedAnswers.typical().with("bone_thinning", "unsure");

        assertThat(shipped.flags(thinBones.with("recent_fall", "no"))).isEmpty();
        assertThat(shipped.flags(thinBones.with("recent_fall", "unsure"))).extracting(RaisedFlag::id)
                .containsExactly("bone-fall");
        assertThat(shipped.flags(ShippedAnswers.typical().with("recent_fall", "yes")))
                .as("the fall question is not asked without thin bones, so its answer does not count")
                .isEmpty();
    }

    @ParameterizedTest(name = "age {0}, new pain ''{1}'': flagged {2}")
    @CsvSource({"under-20, unsure, true", "over-55, yes, true", "over-55, no, false", "20-to-55, yes, false"})
    void newPainCountsAtTheEndsOfLife(String age, String newPain, boolean flagged) {
        List<RaisedFlag> flags = shipped.flags(ShippedAnswers.typical().with("age_group", age).with("pain_new", newPain));

        assertThat(flags.stream().anyMatch(flag -> flag.id().equals("new-pain-age"))).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "not improving ''{0}'', checked ''{1}'': flagged {2}")
    @CsvSource({"unsure, unsure, true", "yes, no, true", "yes, yes, false", "no, no, false"})
    void painThatIsNotImprovingNeedsACheckFirst(String notImproving, String checked, boolean flagged) {
        List<RaisedFlag> flags = shipped.flags(ShippedAnswers.typical().with("not_improving", notImproving)
                .with("checked_by_clinician", checked));

        assertThat(flags).extracting(RaisedFlag::id).containsExactlyElementsOf(flagged ? List.of("not-improving") : List.of());
    }

    @Test
    void aFlagStopsTheAssessmentWithTheMostUrgentAdviceAndNoProgram() {
        Answers answers = ShippedAnswers.typical().with("pregnancy", "yes").with("bladder_bowel", "unsure")
                .with("night_pain", "yes");

        Outcome outcome = Scoring.score(shipped, answers);

        assertThat(outcome.flags()).extracting(RaisedFlag::urgency)
                .containsExactly(Urgency.EMERGENCY, Urgency.TODAY, Urgency.SOON);
        assertThat(outcome.stopped()).isTrue();
        assertThat(outcome.advice().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(outcome.level()).isNull();
        assertThat(outcome.exercises()).isEmpty();
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void theAdviceSaysPlainlyWhatCareToSeekHowSoonAndThatTheAssessmentStops() {
        assertThat(shipped.advice(Urgency.EMERGENCY).text()).contains("emergency department", "911", "now");
        assertThat(shipped.advice(Urgency.TODAY).text()).contains("doctor today", "urgent care");
        assertThat(shipped.advice(Urgency.SOON).text()).contains("doctor or physical therapist", "week or two");
        for (Urgency urgency : Urgency.values()) {
            assertThat(shipped.advice(urgency).text()).contains("assessment stops here", "won\u2019t offer you a program");
        }
    }

    @Test
    void anEasilyIrritatedBackStartsAtFoundation() {
        Outcome outcome = Scoring.score(shipped, ShippedAnswers.typical().with("pain_week", "7"));

        assertThat(outcome.level()).isEqualTo(Level.FOUNDATION);
        assertThat(outcome.exercises()).extracting(Exercise::name).contains("Bridge");
    }

    @Test
    void noPassedSideplankOrBridgeStartsAtFoundationEvenWithLittlePain() {
        Answers answers = ShippedAnswers.typical().with("pain_now", "1").with("pain_week", "1")
                .with("check_side_plank", "not-tried").with("check_bridge", "no");

        assertThat(Scoring.score(shipped, answers).level()).isEqualTo(Level.FOUNDATION);
    }

    @Test
    void lowPainFewLimitsAndAllChecksPassedStartsAtStrong() {
        Answers strong = ShippedAnswers.typical().with("pain_now", "2").with("pain_week", "3")
                .with("check_side_plank", "yes").with("fn_socks", "none").with("fn_car", "none").with("fn_bed", "none")
                .with("fn_walking", "none").with("fn_sitting", "none");

        assertThat(Scoring.score(shipped, strong).score("function").get().value()).isLessThan(20);
        assertThat(Scoring.score(shipped, strong).level()).isEqualTo(Level.STRONG);
        assertThat(Scoring.score(shipped, strong.with("pain_week", "4")).level()).isEqualTo(Level.BUILD);
        assertThat(Scoring.score(shipped, strong.with("check_breathing", "not-tried")).level()).isEqualTo(Level.BUILD);
    }

    @Test
    void everyLevelHasThreeStarterExercisesWithTwoToFourCues() {
        for (Level level : Level.values()) {
            List<Exercise> exercises = shipped.levelRules().exercises().get(level);
            assertThat(exercises).as(level.name()).hasSize(3)
                    .allSatisfy(exercise -> assertThat(exercise.cues()).hasSizeBetween(2, 4));
        }
    }

    @Test
    void theContributorsThePracticeTeachesAreFoundInPlainWords() {
        Answers answers = ShippedAnswers.typical().with("sitting_hours", "9").with("stress", "8")
                .with("sleep", "poorly").with("walking", "under-15").with("check_bridge", "no")
                .with("check_breathing", "no").with("tried_before", "stretching", "foam-rolling")
                .with("relief_lasted", "short").with("pain_worse", "sitting", "standing-long");

        Outcome outcome = Scoring.score(shipped, answers);

        assertThat(outcome.findings()).extracting(Finding::id).containsExactly("long-sitting", "high-stress",
                "poor-sleep", "little-walking", "side-plank-hard", "bridge-hard", "chest-breathing", "short-relief",
                "standing-worse");
        assertThat(Scoring.score(shipped, ShippedAnswers.typical().with("check_side_plank", "yes")).findings()).isEmpty();
    }

    @Test
    void findingsAreTheCoachsViewNeverADiagnosis() {
        for (FindingRule finding : shipped.findingRules()) {
            String text = finding.text().toLowerCase(Locale.ROOT);
            assertThat(text).as(finding.id()).contains("what we often see", "what we\u2019d work on")
                    .doesNotContain("you have", "diagnos");
        }
    }

    @Test
    void reliefIsAskedAboutOnlyWhenSomethingWasTried() {
        String item = "tried_before";
        Section contributors = shipped.section("contributors").orElseThrow();

        Answers notAnswered = ShippedAnswers.typical().without("relief_lasted");

        assertThat(shipped.check(contributors, Answers.empty(), ShippedAnswers.step(contributors, notAnswered.with(item, "nothing")))
                .errors()).isEmpty();
        assertThat(shipped.check(contributors, Answers.empty(), ShippedAnswers.step(contributors, notAnswered.with(item, "massage")))
                .errors()).containsOnlyKeys("relief_lasted");
    }

    @Test
    void theFunctionScoreNeedsSixOfTheEightActivities() {
        Answers twoSkipped = ShippedAnswers.typical().with("fn_car", "cannot").without("fn_bed").without("fn_lifting");
        Answers threeSkipped = twoSkipped.without("fn_socks");

        // 5 of the 6 answered at 1 and one at 4: 9 of 24.
        assertThat(Scoring.score(shipped, twoSkipped).score("function").get().value()).isEqualTo(37.5);
        assertThat(Scoring.score(shipped, threeSkipped).score("function").get().value()).isNull();
    }

    @Test
    void aPainChangeMattersFromTwoPointsOrThirtyPerCent() {
        ChangeRule rule = shipped.change("pain_now").orElseThrow();

        assertThat(MeaningfulChange.between(rule, 3, 2).meaningful()).isTrue();
        assertThat(MeaningfulChange.between(rule, 8, 7).meaningful()).isFalse();
    }

    @Test
    void anOutcomeSurvivesBeingStoredAsJson() {
        JsonMapper json = JsonMapper.builder().build();
        for (Answers answers : List.of(ShippedAnswers.typical(), ShippedAnswers.typical().with("weight_loss", "yes"),
                ShippedAnswers.typical().without("fn_car").without("fn_bed").without("fn_socks"))) {
            Outcome outcome = Scoring.score(shipped, answers);

            String stored = json.writeValueAsString(outcome);

            assertThat(json.readValue(stored, Outcome.class)).isEqualTo(outcome);
            assertThat(stored).doesNotContain("\"stopped\"", "\"present\"");
        }
    }
}
