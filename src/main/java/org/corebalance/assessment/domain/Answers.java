package org.corebalance.assessment.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a person answered so far: the raw values per item id, one value for a single-answer item,
 * several for a multiple-choice one. Immutable; the engine decides what the values mean.
 */
public final class Answers {

    private static final Answers EMPTY = new Answers(Map.of());

    private final Map<String, List<String>> values;

    private Answers(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Answers empty() {
        return EMPTY;
    }

    /** Answers from a stored map, e.g. read back from the session or the database. */
    public static Answers of(Map<String, List<String>> values) {
        var copy = new LinkedHashMap<String, List<String>>(values.size() * 2);
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            List<String> kept = withoutNulls(entry.getValue());
            if (!kept.isEmpty()) {
                copy.put(entry.getKey(), kept);
            }
        }
        return copy.isEmpty() ? EMPTY : new Answers(Collections.unmodifiableMap(copy));
    }

    /** A read-only view of a map the engine is still filling, for conditions that look at earlier answers. */
    static Answers view(Map<String, List<String>> filling) {
        return new Answers(Collections.unmodifiableMap(filling));
    }

    /** A copy in which the item has these values; no values removes the item's answer. */
    public Answers with(String itemId, List<String> itemValues) {
        var copy = new LinkedHashMap<>(values);
        List<String> kept = withoutNulls(itemValues);
        if (kept.isEmpty()) {
            copy.remove(itemId);
        } else {
            copy.put(itemId, kept);
        }
        return new Answers(Collections.unmodifiableMap(copy));
    }

    /** An immutable list of the values that are not null; the list itself when it is immutable already. */
    private static List<String> withoutNulls(List<String> itemValues) {
        if (itemValues == null) {
            return List.of();
        }
        for (String value : itemValues) {
            if (value == null) {
                return itemValues.stream().filter(Objects::nonNull).toList();
            }
        }
        return List.copyOf(itemValues);
    }

    public Answers with(String itemId, String... itemValues) {
        return with(itemId, List.of(itemValues));
    }

    public Answers without(String itemId) {
        return with(itemId, List.of());
    }

    /** The item's values, empty when it was not answered. */
    public List<String> values(String itemId) {
        return values.getOrDefault(itemId, List.of());
    }

    public Map<String, List<String>> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && answers.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + values;
    }
}
