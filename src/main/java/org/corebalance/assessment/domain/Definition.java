package org.corebalance.assessment.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One version of a questionnaire, as loaded from its definition file: its sections and questions,
 * and the scores, classifications, red flags, findings, levels and change rules that turn answers
 * into a result. Immutable; answers are passed in and never kept.
 */
public final class Definition {

    private final String id;
    private final int version;
    private final String title;
    private final String intro;
    private final List<Section> sections;
    private final List<ScoreRule> scores;
    private final List<Classification> classifications;
    private final List<FlagRule> flags;
    private final Map<Urgency, UrgencyAdvice> advice;
    private final List<FindingRule> findings;
    private final LevelRules level;
    private final List<ChangeRule> changes;
    private final List<GoalRule> goals;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Section> sectionOfItem = new LinkedHashMap<>();

    Definition(String id, int version, String title, String intro, List<Section> sections, List<ScoreRule> scores,
            List<Classification> classifications, List<FlagRule> flags, Map<Urgency, UrgencyAdvice> advice,
            List<FindingRule> findings, LevelRules level, List<ChangeRule> changes, List<GoalRule> goals) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.intro = intro;
        this.sections = List.copyOf(sections);
        this.scores = List.copyOf(scores);
        this.classifications = List.copyOf(classifications);
        this.flags = List.copyOf(flags);
        this.advice = advice.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(advice));
        this.findings = List.copyOf(findings);
        this.level = level;
        this.changes = List.copyOf(changes);
        this.goals = List.copyOf(goals);
        for (Section section : this.sections) {
            for (Item item : section.items()) {
                items.put(item.id(), item);
                sectionOfItem.put(item.id(), section);
            }
        }
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    /** A few words before the first step, or null. */
    public String intro() {
        return intro;
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(section -> section.id().equals(sectionId)).findFirst();
    }

    /** The section's position, from 0, or empty when there is no such section. */
    public OptionalInt sectionIndex(String sectionId) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The advice for raised flags of this urgency. */
    public UrgencyAdvice advice(Urgency urgency) {
        return advice.get(urgency);
    }

    /** The rule that says when a change in this score matters, if the definition has one. */
    public Optional<ChangeRule> change(String scoreId) {
        return changes.stream().filter(rule -> rule.score().equals(scoreId)).findFirst();
    }

    /**
     * The answers that count: the accepted values of questions these answers show. An answer to a
     * question that an earlier change now hides, or a value no question accepts, is left out.
     */
    public Answers shownAnswers(Answers answers) {
        var kept = new LinkedHashMap<String, List<String>>();
        Answers shown = Answers.view(kept);
        for (Item item : items.values()) {
            if (isShown(item, shown)) {
                item.accepted(answers.values(item.id())).filter(values -> !values.isEmpty())
                        .ifPresent(values -> kept.put(item.id(), values));
            }
        }
        return Answers.of(kept);
    }

    /**
     * Checks one submitted step. This step's earlier answers are replaced by the submitted ones;
     * answers to questions the step does not show are dropped, and a shown required question with no
     * answer gets a message.
     */
    public StepCheck check(Section section, Answers before, Map<String, List<String>> submitted) {
        boolean tampered = false;
        for (String key : submitted.keySet()) {
            Section owner = sectionOfItem.get(key);
            tampered |= owner == null || !owner.id().equals(section.id());
        }
        // One map filled as the step's questions are checked, seen by conditions through a read-only view.
        var filling = new LinkedHashMap<>(before.asMap());
        for (Item item : section.items()) {
            filling.remove(item.id());
        }
        Answers working = Answers.view(filling);
        var errors = new LinkedHashMap<String, String>();
        for (Item item : section.items()) {
            List<String> raw = submitted.get(item.id());
            ValueCheck verdict = item.judge(raw == null ? List.of() : raw);
            tampered |= verdict.tampered();
            // Only a conditional question needs the answers shown so far, which take a pass over them all.
            if (item.showIf() != null && !isShown(item, shownAnswers(working))) {
                continue;
            }
            if (verdict.error() != null) {
                errors.put(item.id(), verdict.error());
            } else if (!verdict.accepted().isEmpty()) {
                filling.put(item.id(), verdict.accepted());
            } else if (item.required()) {
                errors.put(item.id(), missing(item));
            }
        }
        return new StepCheck(shownAnswers(working), errors, tampered);
    }

    /** The red flags these answers raise, most urgent first. */
    public List<RaisedFlag> flags(Answers answers) {
        return new Evaluation(this, answers).flags();
    }

    private static String missing(Item item) {
        return switch (item.type()) {
            case MULTI -> "Please choose at least one answer.";
            case NUMBER -> "Please enter a number.";
            default -> "Please answer this question.";
        };
    }

    private static boolean isShown(Item item, Answers shownSoFar) {
        return item.showIf() == null || item.showIf().test(new AnswerFacts(shownSoFar));
    }

    Map<String, Item> items() {
        return items;
    }

    List<ScoreRule> scoreRules() {
        return scores;
    }

    List<Classification> classifications() {
        return classifications;
    }

    List<FlagRule> flagRules() {
        return flags;
    }

    List<FindingRule> findingRules() {
        return findings;
    }

    /** The level rules and exercises, or null for a questionnaire that sets no level. */
    LevelRules levelRules() {
        return level;
    }

    List<GoalRule> goalRules() {
        return goals;
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }

    /** What a showIf sees: only earlier answers, since it may not look at scores. */
    private record AnswerFacts(Answers answers) implements Condition.Facts {

        @Override
        public List<String> values(String itemId) {
            return answers.values(itemId);
        }

        @Override
        public Double score(String scoreId) {
            return null;
        }

        @Override
        public String classification(String classificationId) {
            return null;
        }
    }
}
