package org.corebalance.assessment.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's result, as stored (JSON) and shown: scores, classifications, raised red flags with the
 * advice for the most urgent one, likely contributors, the starting level with its starter exercises,
 * and their goals. Red flags always win: when one is raised there is no level, no exercises and no
 * coaching findings, only the advice to see a clinician.
 *
 * @param advice what to do about the most urgent raised flag, or null when none was raised
 * @param level the starting level, or null when a flag was raised
 */
public record Outcome(String definitionId, int definitionVersion, List<ScoreResult> scores,
        Map<String, String> classifications, List<RaisedFlag> flags, UrgencyAdvice advice, List<Finding> findings,
        Level level, List<Exercise> exercises, List<Goal> goals) {

    public Outcome {
        scores = List.copyOf(scores);
        classifications = Collections.unmodifiableMap(new LinkedHashMap<>(classifications));
        flags = List.copyOf(flags);
        findings = List.copyOf(findings);
        exercises = List.copyOf(exercises);
        goals = List.copyOf(goals);
    }

    /** True when a red flag stopped the assessment: no program is offered. */
    public boolean stopped() {
        return !flags.isEmpty();
    }

    public Optional<ScoreResult> score(String id) {
        return scores.stream().filter(score -> score.id().equals(id)).findFirst();
    }
}
