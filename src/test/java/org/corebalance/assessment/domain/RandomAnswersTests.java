package org.corebalance.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that must hold for any answers, checked on thousands of random answer sets from a
 * seeded generator (so a failure can be replayed) for every definition we have.
 */
class RandomAnswersTests {

    private static final int RUNS = 3000;
    private static final double TOLERANCE = 1e-9;
    private static final List<String> GARBAGE = List.of("", " ", "-1", "999999", "1.5", "NaN", "yes", "none", "a",
            "statement-9", "<script>", "x".repeat(300), "\u0000", "2147483648");

    static Stream<Definition> definitions() {
        return Stream.concat(Stream.of(TestDefinitions.shipped()),
                TestDefinitions.INSTRUMENTS.stream().map(TestDefinitions::instrument));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void honestAnswersAreAcceptedStepByStepAndScoreInsideTheirRanges(Definition definition) {
        Random random = new Random(20260101L + definition.id().hashCode());
        for (int run = 0; run < RUNS; run++) {
            Answers answers = Answers.empty();
            for (Section section : definition.sections()) {
                Map<String, List<String>> form = honestStep(definition, section, answers, random);

                StepCheck check = definition.check(section, answers, form);

                assertThat(check.ok()).as("run %d, %s with %s", run, section.id(), form).isTrue();
                answers = check.answers();
            }
            assertSound(definition, answers);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void anyAnswersAtAllScoreInsideTheirRangesAndNeverBreakTheCheck(Definition definition) {
        Random random = new Random(19700101L + definition.id().hashCode());
        List<Item> items = definition.sections().stream().flatMap(section -> section.items().stream()).toList();
        for (int run = 0; run < RUNS; run++) {
            Map<String, List<String>> raw = new LinkedHashMap<>();
            for (Item item : items) {
                if (random.nextInt(4) > 0) {
                    raw.put(item.id(), random.nextInt(5) == 0 ? garbage(random) : valid(item, random));
                }
            }
            if (random.nextInt(10) == 0) {
                raw.put("no_such_item", garbage(random));
            }
            Answers answers = Answers.of(raw);
            assertSound(definition, answers);

            for (Section section : definition.sections()) {
                Answers before = answers;
                assertThatCode(() -> {
                    StepCheck check = definition.check(section, before, raw);
                    assertThat(check.errors().keySet()).allMatch(id -> section.items().stream()
                            .anyMatch(item -> item.id().equals(id)));
                    assertThat(check.answers()).isEqualTo(definition.shownAnswers(check.answers()));
                }).as("run %d, %s", run, section.id()).doesNotThrowAnyException();
            }
        }
    }

    private static void assertSound(Definition definition, Answers answers) {
        Outcome outcome = Scoring.score(definition, answers);
        for (ScoreRule rule : definition.scoreRules()) {
            ScoreResult result = outcome.score(rule.id()).orElseThrow();
            assertThat(result.min()).isEqualTo(rule.min());
            assertThat(result.max()).isEqualTo(rule.max());
            if (result.value() == null) {
                assertThat(result.bandLabel()).isNull();
                continue;
            }
            assertThat(result.value()).as("%s for %s", rule.id(), answers)
                    .isBetween(rule.min() - TOLERANCE, rule.max() + TOLERANCE);
            if (rule.method() == ScoreMethod.PERCENT) {
                assertThat(result.value()).isBetween(0.0, 100.0 + TOLERANCE);
            }
            if (!rule.bands().isEmpty()) {
                assertThat(result.bandLabel()).as("band of %s = %s", rule.id(), result.value()).isNotNull();
            }
        }
        assertThat(outcome.flags()).isSortedAccordingTo(java.util.Comparator.comparing(RaisedFlag::urgency));
        if (definition.levelRules() != null) {
            assertThat(outcome.level() == null).isEqualTo(outcome.stopped());
            assertThat(outcome.exercises()).hasSize(outcome.stopped() ? 0 : 3);
        }
        Answers reordered = reversed(answers);
        assertThat(Scoring.score(definition, reordered)).as("the same answers give the same outcome").isEqualTo(outcome);
        assertThat(Scoring.score(definition, answers)).isEqualTo(outcome);
    }

    /** What an honest form sends for one step: every shown required question answered, optional ones sometimes. */
    private static Map<String, List<String>> honestStep(Definition definition, Section section, Answers before,
            Random random) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        Answers sofar = before;
        for (Item item : section.items()) {
            List<String> values = valid(item, random);
            // A question is shown when the answers that count would keep an answer to it.
            boolean shown = !definition.shownAnswers(sofar.with(item.id(), values)).values(item.id()).isEmpty();
            if (!shown || (!item.required() && random.nextInt(3) == 0)) {
                // An honest form may still carry an answer given before the question was hidden.
                if (!shown && random.nextInt(5) == 0) {
                    form.put(item.id(), values);
                }
                continue;
            }
            form.put(item.id(), values);
            sofar = sofar.with(item.id(), values);
        }
        return form;
    }

    private static List<String> valid(Item item, Random random) {
        return switch (item.type()) {
            case CHOICE -> List.of(item.options().get(random.nextInt(item.options().size())).value());
            case SCALE, NUMBER -> List.of(Integer.toString(item.min() + random.nextInt(item.max() - item.min() + 1)));
            case MULTI -> {
                List<Option> exclusive = item.options().stream().filter(Option::exclusive).toList();
                if (!exclusive.isEmpty() && random.nextInt(4) == 0) {
                    yield List.of(exclusive.get(random.nextInt(exclusive.size())).value());
                }
                var values = new ArrayList<String>();
                for (Option option : item.options()) {
                    if (!option.exclusive() && random.nextBoolean()) {
                        values.add(option.value());
                    }
                }
                if (values.isEmpty()) {
                    values.add(item.options().stream().filter(option -> !option.exclusive()).findFirst()
                            .orElseThrow().value());
                }
                Collections.shuffle(values, random);
                yield values;
            }
        };
    }

    private static List<String> garbage(Random random) {
        var values = new ArrayList<String>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            values.add(random.nextInt(10) == 0 ? null : GARBAGE.get(random.nextInt(GARBAGE.size())));
        }
        return values;
    }

    private static Answers reversed(Answers answers) {
        var entries = new ArrayList<>(answers.asMap().entrySet());
        Collections.reverse(entries);
        var map = new LinkedHashMap<String, List<String>>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return Answers.of(map);
    }
}
