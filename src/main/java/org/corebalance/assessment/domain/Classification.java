package org.corebalance.assessment.domain;

import java.util.List;

/** Sorts a person into one of a few named groups by the first of its rules that matches. */
record Classification(String id, List<Rule<String>> rules) {

    Classification {
        rules = List.copyOf(rules);
    }

    /** The first matching rule's result, or null when none matches. */
    String classify(Condition.Facts facts) {
        for (Rule<String> rule : rules) {
            if (rule.matches(facts)) {
                return rule.result();
            }
        }
        return null;
    }
}
