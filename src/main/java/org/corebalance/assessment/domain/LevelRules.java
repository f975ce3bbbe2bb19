package org.corebalance.assessment.domain;

import java.util.List;
import java.util.Map;

/** Picks the starting level by the first matching rule (the last one is the fallback) and holds each level's three starter exercises. */
record LevelRules(List<Rule<Level>> rules, Map<Level, List<Exercise>> exercises) {

    LevelRules {
        rules = List.copyOf(rules);
        exercises = Map.copyOf(exercises);
    }

    Level level(Condition.Facts facts) {
        return rules.stream().filter(rule -> rule.matches(facts)).map(Rule::result).findFirst().orElseThrow();
    }
}
