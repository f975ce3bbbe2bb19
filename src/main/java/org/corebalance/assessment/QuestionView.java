package org.corebalance.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.corebalance.assessment.domain.Answers;
import org.corebalance.assessment.domain.Condition;
import org.corebalance.assessment.domain.Item;
import org.corebalance.assessment.domain.ItemType;
import org.corebalance.assessment.domain.Option;

/**
 * A question on a step page, with the answer given so far and any message about it.
 *
 * @param kind "choice", "multi", "scale" or "number", which decides the form control
 * @param followUp true for a question that only counts after a certain answer to one above it
 * @param revealed true for a follow-up that the page shows only once an answer that opens it is
 *     chosen in the question just above (in CSS, so also without JavaScript); false when it is always shown
 */
public record QuestionView(String id, String kind, String text, String help, boolean required, boolean followUp,
        boolean revealed, List<OptionView> options, Integer min, Integer max, String minLabel, String maxLabel,
        String unit, String value, String error) {

    /**
     * One answer a choice offers, and whether it is the one given.
     *
     * @param opensNext true when choosing it makes the follow-up question just below count
     */
    public record OptionView(String value, String label, boolean checked, boolean opensNext) {
    }

    /**
     * The section's questions with their answers and messages. A follow-up whose condition looks only
     * at the question just above it (one of its answers, or any answer) is marked so the page can show
     * it when it applies; any other condition leaves it always shown, as before.
     */
    static List<QuestionView> of(List<Item> items, Answers answers, Map<String, String> errors) {
        var views = new ArrayList<QuestionView>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Item next = i + 1 < items.size() ? items.get(i + 1) : null;
            Predicate<String> opens = next == null ? value -> false : opener(item, next.showIf());
            boolean revealed = i > 0 && opener(items.get(i - 1), item.showIf()) != NOTHING;
            views.add(of(item, answers.values(item.id()), errors.get(item.id()), revealed, opens));
        }
        return views;
    }

    private static final Predicate<String> NOTHING = value -> false;

    /** Which answers to {@code item} make a question with this condition count, when that is all it asks. */
    private static Predicate<String> opener(Item item, Condition showIf) {
        if (showIf instanceof Condition.ItemIn in && in.item().equals(item.id())) {
            return in.in()::contains;
        }
        if (showIf instanceof Condition.ItemAnswered answered && answered.item().equals(item.id()) && answered.answered()) {
            return value -> true;
        }
        return NOTHING;
    }

    private static QuestionView of(Item item, List<String> values, String error, boolean revealed, Predicate<String> opens) {
        List<OptionView> options;
        if (item.type() == ItemType.SCALE) {
            options = java.util.stream.IntStream.rangeClosed(item.min(), item.max()).mapToObj(String::valueOf)
                    .map(n -> new OptionView(n, n, values.contains(n), opens.test(n))).toList();
        } else if (item.type() == ItemType.NUMBER) {
            options = List.of();
        } else {
            options = item.options().stream()
                    .map((Option o) -> new OptionView(o.value(), o.label(), values.contains(o.value()), opens.test(o.value())))
                    .toList();
        }
        return new QuestionView(item.id(), item.type().name().toLowerCase(java.util.Locale.ROOT), item.text(), item.help(),
                item.required() && item.showIf() == null, item.showIf() != null, revealed, options, item.min(), item.max(),
                item.minLabel(), item.maxLabel(), item.unit(), values.isEmpty() ? "" : values.get(0), error);
    }

    /** The id of the element that describes the question (help and message), for aria-describedby. */
    public String describedBy() {
        String ids = (help != null ? id + "-help " : "") + (error != null ? id + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
