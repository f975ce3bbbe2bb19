package org.corebalance.assessment.domain;

/**
 * An activity a person wants back, and how well they said they can do it now.
 *
 * @param rating 0 to 10 as answered, or null when it was not rated
 */
public record Goal(String item, String activity, Integer rating) {
}
