package org.corebalance.assessment;

import java.util.List;
import org.corebalance.assessment.domain.Item;
import org.corebalance.assessment.domain.ItemType;
import org.corebalance.assessment.domain.Option;

/**
 * A question on a step page, with the answer given so far and any message about it.
 *
 * @param kind "choice", "multi", "scale" or "number", which decides the form control
 * @param followUp true for a question that only counts after a certain answer to one above it
 */
public record QuestionView(String id, String kind, String text, String help, boolean required, boolean followUp,
        List<OptionView> options, Integer min, Integer max, String minLabel, String maxLabel, String unit, String value,
        String error) {

    /** One answer a choice offers, and whether it is the one given. */
    public record OptionView(String value, String label, boolean checked) {
    }

    static QuestionView of(Item item, List<String> values, String error) {
        List<OptionView> options;
        if (item.type() == ItemType.SCALE) {
            options = java.util.stream.IntStream.rangeClosed(item.min(), item.max())
                    .mapToObj(n -> new OptionView(String.valueOf(n), String.valueOf(n), values.contains(String.valueOf(n))))
                    .toList();
        } else {
            options = item.options().stream()
                    .map((Option o) -> new OptionView(o.value(), o.label(), values.contains(o.value()))).toList();
        }
        return new QuestionView(item.id(), item.type().name().toLowerCase(java.util.Locale.ROOT), item.text(), item.help(),
                item.required() && item.showIf() == null, item.showIf() != null, options, item.min(), item.max(),
                item.minLabel(), item.maxLabel(), item.unit(), values.isEmpty() ? "" : values.get(0), error);
    }

    /** The id of the element that describes the question (help and message), for aria-describedby. */
    public String describedBy() {
        String ids = (help != null ? id + "-help " : "") + (error != null ? id + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
