package org.corebalance.assessment.domain;

import java.util.ArrayList;
import java.util.List;

/** Turns a definition and a person's answers into their result; a pure function, the same answers always give the same outcome. */
public final class Scoring {

    private Scoring() {
    }

    public static Outcome score(Definition definition, Answers answers) {
        var evaluation = new Evaluation(definition, answers);
        var scores = new ArrayList<ScoreResult>();
        for (ScoreRule rule : definition.scoreRules()) {
            Double value = evaluation.score(rule.id());
            Band band = value == null ? null : rule.band(value);
            scores.add(new ScoreResult(rule.id(), rule.label(), value, rule.min(), rule.max(),
                    band == null ? null : band.label(), band == null ? null : band.meaning()));
        }
        List<RaisedFlag> flags = evaluation.flags();
        boolean stopped = !flags.isEmpty();
        LevelRules levels = definition.levelRules();
        Level level = stopped || levels == null ? null : levels.level(evaluation);
        return new Outcome(definition.id(), definition.version(), scores, evaluation.classifications(), flags,
                stopped ? definition.advice(flags.get(0).urgency()) : null,
                stopped ? List.of() : evaluation.findings(),
                level, level == null ? List.of() : levels.exercises().get(level),
                goals(definition, evaluation));
    }

    private static List<Goal> goals(Definition definition, Evaluation evaluation) {
        var goals = new ArrayList<Goal>();
        for (GoalRule rule : definition.goalRules()) {
            List<String> chosen = evaluation.values(rule.item());
            if (!chosen.isEmpty()) {
                List<String> rating = evaluation.values(rule.rating());
                goals.add(new Goal(rule.item(), String.join(", ", definition.items().get(rule.item()).labels(chosen)),
                        rating.isEmpty() ? null : Integer.valueOf(rating.get(0))));
            }
        }
        return goals;
    }

    /**
     * The lowest and highest value a score can take, from its parts' ranges ({min, max} each) and
     * how many of them must be answered. A sum may leave out parts: the lowest sum takes every part
     * that can pull it down and just enough of the smallest others to reach {@code minAnswered}.
     */
    static double[] range(ScoreMethod method, List<double[]> parts, int minAnswered) {
        double[] range = switch (method) {
            case SUM -> new double[] {-extremeSum(parts, 0, -1, minAnswered), extremeSum(parts, 1, 1, minAnswered)};
            case MEAN -> new double[] {parts.stream().mapToDouble(part -> part[0]).min().orElse(0),
                    parts.stream().mapToDouble(part -> part[1]).max().orElse(0)};
            // The parts are checked to start at zero or more, so each answered part gives at least min/max of its own range.
            case PERCENT -> new double[] {parts.stream().mapToDouble(part -> part[0] * 100 / part[1]).min().orElse(0), 100};
        };
        // Adding zero turns the -0.0 that negation leaves into 0.0, which is what a stored result should say.
        return new double[] {range[0] + 0.0, range[1] + 0.0};
    }

    /** The largest sum of {@code sign * part[bound]} over any choice of at least {@code count} parts. */
    private static double extremeSum(List<double[]> parts, int bound, int sign, int count) {
        double[] values = parts.stream().mapToDouble(part -> sign * part[bound]).sorted().toArray();
        double sum = 0;
        int taken = 0;
        for (int i = values.length - 1; i >= 0; i--) {
            if (values[i] > 0 || taken < count) {
                sum += values[i];
                taken++;
            }
        }
        return sum;
    }
}
