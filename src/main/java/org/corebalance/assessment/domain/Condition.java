package org.corebalance.assessment.domain;

import java.util.List;

/**
 * A test on what is known about a person: their answers, their scores and the classifications
 * made so far. Written as JSON in a definition, never as an expression string, so a definition
 * can be checked when it is loaded. A question that was not shown counts as not answered, and a
 * score that could not be computed passes no threshold.
 */
public sealed interface Condition {

    boolean test(Facts facts);

    /** What a condition may look at. */
    interface Facts {

        /** The accepted values of a shown item, empty when it was not answered or not shown. */
        List<String> values(String itemId);

        /** The score's value, or null when too few of its items were answered. */
        Double score(String scoreId);

        /** The classification's result, or null when no rule matched. */
        String classification(String classificationId);
    }

    /** {@code {"item": "x", "in": ["yes", "unsure"]}}: one of the item's values is in the list. */
    record ItemIn(String item, List<String> in) implements Condition {

        public ItemIn {
            in = List.copyOf(in);
        }

        @Override
        public boolean test(Facts facts) {
            for (String value : facts.values(item)) {
                if (in.contains(value)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code {"item": "x", "answered": true}}. */
    record ItemAnswered(String item, boolean answered) implements Condition {

        @Override
        public boolean test(Facts facts) {
            return facts.values(item).isEmpty() != answered;
        }
    }

    /** {@code {"item": "n", "atLeast": 6, "atMost": 9}} on a number or scale; either bound may be left out. */
    record ItemNumber(String item, Double atLeast, Double atMost) implements Condition {

        @Override
        public boolean test(Facts facts) {
            List<String> values = facts.values(item);
            return !values.isEmpty() && within(Double.parseDouble(values.get(0)), atLeast, atMost);
        }
    }

    /** {@code {"score": "s", "atLeast": 4}}; either bound may be left out. */
    record ScoreRange(String score, Double atLeast, Double atMost) implements Condition {

        @Override
        public boolean test(Facts facts) {
            Double value = facts.score(score);
            return value != null && within(value, atLeast, atMost);
        }
    }

    /** {@code {"score": "s", "answered": true}}: enough of the score's items were answered to compute it. */
    record ScoreAnswered(String score, boolean answered) implements Condition {

        @Override
        public boolean test(Facts facts) {
            return (facts.score(score) != null) == answered;
        }
    }

    /** {@code {"classification": "risk", "is": "high"}}. */
    record ClassificationIs(String classification, String is) implements Condition {

        @Override
        public boolean test(Facts facts) {
            return is.equals(facts.classification(classification));
        }
    }

    /** {@code {"all": [...]}}. */
    record All(List<Condition> all) implements Condition {

        public All {
            all = List.copyOf(all);
        }

        @Override
        public boolean test(Facts facts) {
            for (Condition condition : all) {
                if (!condition.test(facts)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code {"any": [...]}}. */
    record Any(List<Condition> any) implements Condition {

        public Any {
            any = List.copyOf(any);
        }

        @Override
        public boolean test(Facts facts) {
            for (Condition condition : any) {
                if (condition.test(facts)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code {"not": {...}}}. */
    record Not(Condition not) implements Condition {

        @Override
        public boolean test(Facts facts) {
            return !not.test(facts);
        }
    }

    private static boolean within(double value, Double atLeast, Double atMost) {
        return (atLeast == null || value >= atLeast) && (atMost == null || value <= atMost);
    }
}
