package org.corebalance.assessment.domain;

/**
 * One computed score.
 *
 * @param value null when too few of its items were answered to say anything, which is not zero
 * @param min the lowest value the definition allows
 * @param max the highest value the definition allows
 * @param bandLabel the band the value falls in, or null (no value or no bands)
 * @param bandMeaning what that band means in plain words, or null
 */
public record ScoreResult(String id, String label, Double value, double min, double max, String bandLabel,
        String bandMeaning) {

    public boolean present() {
        return value != null;
    }
}
