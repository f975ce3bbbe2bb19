package org.corebalance.assessment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a definition's rules can know about one set of answers: the shown answers, every score and every classification, worked out once in definition order. */
final class Evaluation implements Condition.Facts {

    private final Definition definition;
    private final Answers shown;
    private final Map<String, Double> scores = new HashMap<>();
    private final Map<String, String> classifications = new LinkedHashMap<>();

    Evaluation(Definition definition, Answers answers) {
        this.definition = definition;
        this.shown = definition.shownAnswers(answers);
        for (ScoreRule rule : definition.scoreRules()) {
            scores.put(rule.id(), compute(rule));
        }
        for (Classification classification : definition.classifications()) {
            String result = classification.classify(this);
            if (result != null) {
                classifications.put(classification.id(), result);
            }
        }
    }

    @Override
    public List<String> values(String itemId) {
        return shown.values(itemId);
    }

    @Override
    public Double score(String scoreId) {
        return scores.get(scoreId);
    }

    @Override
    public String classification(String classificationId) {
        return classifications.get(classificationId);
    }

    Map<String, String> classifications() {
        return classifications;
    }

    List<RaisedFlag> flags() {
        var raised = new ArrayList<RaisedFlag>();
        for (FlagRule flag : definition.flagRules()) {
            if (flag.when().test(this)) {
                raised.add(new RaisedFlag(flag.id(), flag.urgency(), flag.title()));
            }
        }
        raised.sort(Comparator.comparing(RaisedFlag::urgency));
        return List.copyOf(raised);
    }

    List<Finding> findings() {
        return definition.findingRules().stream().filter(finding -> finding.when().test(this))
                .map(finding -> new Finding(finding.id(), finding.title(), finding.text()))
                .toList();
    }

    private Double compute(ScoreRule rule) {
        var values = new ArrayList<Double>();
        double answeredMax = 0;
        for (String itemId : rule.items()) {
            Item item = definition.items().get(itemId);
            List<String> itemValues = shown.values(itemId);
            Double value = itemValues.isEmpty() ? null : item.score(itemValues);
            if (value != null) {
                values.add(value);
                answeredMax += item.scoreMax();
            }
        }
        for (ScoreRule part : definition.scoreRules()) {
            if (rule.scores().contains(part.id()) && scores.get(part.id()) != null) {
                values.add(scores.get(part.id()));
                answeredMax += part.max();
            }
        }
        if (values.size() < rule.minAnswered()) {
            return null;
        }
        double sum = values.stream().mapToDouble(Double::doubleValue).sum();
        return switch (rule.method()) {
            case SUM -> sum;
            case MEAN -> sum / values.size();
            // Multiplying first keeps round results exact, so 20 of 50 is exactly 40, on a band edge.
            case PERCENT -> sum * 100 / answeredMax;
        };
    }
}
