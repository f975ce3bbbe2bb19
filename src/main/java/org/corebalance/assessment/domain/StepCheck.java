package org.corebalance.assessment.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdict on one submitted step.
 *
 * @param answers the earlier answers plus this step's accepted values, without answers to questions
 *     the step did not show
 * @param errors a message per item id, in question order, to show next to the questions
 * @param tampered true when the input held something no honest form could send (an unknown item or
 *     option, a repeated value, two answers to a one-answer question, a point off a scale), so the
 *     caller may answer 400 instead of showing the page again
 */
public record StepCheck(Answers answers, Map<String, String> errors, boolean tampered) {

    public StepCheck {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public boolean ok() {
        return errors.isEmpty() && !tampered;
    }
}
