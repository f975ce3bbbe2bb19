package org.corebalance.assessment.domain;

/**
 * One answer a choice or multiple-choice question offers.
 *
 * @param score what the option adds to a score, or null when choosing it says nothing a score
 *     could count (such as "I didn't try")
 * @param exclusive true for an option that cannot be combined with others, such as "None of these"
 */
public record Option(String value, String label, Double score, boolean exclusive) {
}
