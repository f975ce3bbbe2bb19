package org.corebalance.assessment.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * One question: its wording, how it is answered, whether it must be answered, and when it is shown.
 *
 * @param help a short explanation under the question, or null
 * @param showIf when the question is shown, or null for always; it only looks at earlier answers
 * @param options the answers a choice or multiple-choice question offers, empty for numbers
 * @param min the lowest whole number a scale or number question takes, null for choices
 * @param max the highest whole number a scale or number question takes, null for choices
 * @param minLabel what the lowest point of a scale means ("No pain"), or null
 * @param maxLabel what the highest point of a scale means ("Worst pain imaginable"), or null
 * @param unit what a number counts ("hours"), or null
 */
public record Item(String id, ItemType type, String text, String help, boolean required, Condition showIf,
        List<Option> options, Integer min, Integer max, String minLabel, String maxLabel, String unit) {

    public Item {
        options = List.copyOf(options);
    }

    public Optional<Option> option(String value) {
        return Optional.ofNullable(find(value));
    }

    /** The option with this value, or null; a plain loop, as every answer of every step is checked here. */
    private Option find(String value) {
        for (Option option : options) {
            if (option.value().equals(value)) {
                return option;
            }
        }
        return null;
    }

    /** The options' labels for these values, in the order the options are listed. */
    public List<String> labels(List<String> values) {
        return options.stream().filter(option -> values.contains(option.value())).map(Option::label).toList();
    }

    /**
     * Judges submitted values the way a step check does: blank values count as none, and values no
     * honest form could send (unknown options, repeats, two answers to a one-answer question, a
     * scale point off the scale) are marked as tampered.
     */
    ValueCheck judge(List<String> raw) {
        List<String> values = stripped(raw);
        if (values.isEmpty()) {
            return ValueCheck.none();
        }
        if (values.size() > 1 && new HashSet<>(values).size() != values.size()) {
            return ValueCheck.refused("Please choose each answer only once.", true);
        }
        if (type.singleAnswer() && values.size() > 1) {
            return ValueCheck.refused("Please choose one answer.", true);
        }
        return type.numeric() ? judgeNumber(values.get(0)) : judgeOptions(values);
    }

    /** The values without blanks and surrounding spaces: the list itself when it has none, as stored answers do. */
    private static List<String> stripped(List<String> raw) {
        for (String value : raw) {
            if (value == null || value.isEmpty() || Character.isWhitespace(value.charAt(0))
                    || Character.isWhitespace(value.charAt(value.length() - 1))) {
                var values = new ArrayList<String>(raw.size());
                for (String each : raw) {
                    if (each != null && !each.isBlank()) {
                        values.add(each.strip());
                    }
                }
                return values;
            }
        }
        return raw;
    }

    private ValueCheck judgeOptions(List<String> values) {
        for (String value : values) {
            if (find(value) == null) {
                return ValueCheck.refused("Please choose from the options.", true);
            }
        }
        if (values.size() == 1) {
            return ValueCheck.accepted(List.copyOf(values));
        }
        if (values.size() > 1) {
            for (Option option : options) {
                if (option.exclusive() && values.contains(option.value())) {
                    return ValueCheck.refused("\u201c" + option.label() + "\u201d can\u2019t be combined with other answers.",
                            false);
                }
            }
        }
        // Canonical order keeps stored answers comparable whatever order the browser sent them in.
        var canonical = new ArrayList<String>(values.size());
        for (Option option : options) {
            if (values.contains(option.value())) {
                canonical.add(option.value());
            }
        }
        return ValueCheck.accepted(List.copyOf(canonical));
    }

    private ValueCheck judgeNumber(String value) {
        // A scale is offered as a row of buttons, so only a number is expected from a hand-typed field.
        boolean typed = type == ItemType.NUMBER;
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException notWhole) {
            return ValueCheck.refused("Please enter a whole number.", !typed);
        }
        if (number < min || number > max) {
            return ValueCheck.refused((typed ? "Please enter a number from " : "Please choose a number from ")
                    + min + " to " + max + ".", !typed);
        }
        return ValueCheck.accepted(List.of(Integer.toString(number)));
    }

    /** The values a well-formed answer to this item would hold, or empty when these are not one. */
    Optional<List<String>> accepted(List<String> values) {
        ValueCheck check = judge(values);
        return check.error() == null && !check.accepted().isEmpty() ? Optional.of(check.accepted()) : Optional.empty();
    }

    /** Whether a score may count this item: a number, or at least one option that carries a score. */
    boolean scored() {
        return type.numeric() || options.stream().anyMatch(option -> option.score() != null);
    }

    /** What accepted values add to a score, or null when they carry no score ("I didn't try"). */
    Double score(List<String> values) {
        if (type.numeric()) {
            return Double.valueOf(Integer.parseInt(values.get(0)));
        }
        Double total = null;
        for (String value : values) {
            Option option = find(value);
            Double score = option == null ? null : option.score();
            if (score != null) {
                total = total == null ? score : total + score;
            }
        }
        return total;
    }

    /** The lowest score an accepted answer can give. */
    double scoreMin() {
        return type.numeric() ? min : 0.0 - extreme(-1);
    }

    /** The highest score an accepted answer can give. */
    double scoreMax() {
        return type.numeric() ? max : extreme(1);
    }

    /**
     * The highest sum of scores (sign 1) or of negated scores (sign -1) one answer can reach: a single
     * option for a choice; for several options every one that helps, or one exclusive option alone.
     */
    private double extreme(int sign) {
        double best = -Double.MAX_VALUE;
        double combined = 0;
        boolean combines = false;
        for (Option option : options) {
            if (option.score() == null) {
                continue;
            }
            double score = sign * option.score();
            best = Math.max(best, score);
            if (type == ItemType.MULTI && !option.exclusive() && score > 0) {
                combined += score;
                combines = true;
            }
        }
        return combines ? Math.max(best, combined) : best;
    }
}
