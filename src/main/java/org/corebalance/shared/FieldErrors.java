package org.corebalance.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The messages a form shows next to its fields, first message per field, in form order. */
public record FieldErrors(Map<String, String> messages) {

    public FieldErrors {
        messages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    public static FieldErrors none() {
        return new FieldErrors(Map.of());
    }

    public static FieldErrors of(BindingResult result) {
        var messages = new LinkedHashMap<String, String>();
        for (FieldError error : result.getFieldErrors()) {
            messages.putIfAbsent(error.getField(), error.isBindingFailure()
                    ? "Please check this value." : error.getDefaultMessage());
        }
        return new FieldErrors(messages);
    }

    public FieldErrors with(String field, String message) {
        var copy = new LinkedHashMap<>(messages);
        copy.putIfAbsent(field, message);
        return new FieldErrors(copy);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for a field, or null. */
    public String get(String field) {
        return messages.get(field);
    }
}
