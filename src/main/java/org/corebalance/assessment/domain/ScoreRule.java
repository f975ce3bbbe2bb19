package org.corebalance.assessment.domain;

import java.util.List;

/**
 * How one score is computed: over items, or over earlier scores (a total over subscales), with the
 * range its value can take derived from the definition when it is loaded.
 *
 * @param minAnswered how many of its parts must have a value, below which the score is absent
 */
record ScoreRule(String id, String label, ScoreMethod method, List<String> items, List<String> scores,
        int minAnswered, List<Band> bands, double min, double max) {

    ScoreRule {
        items = List.copyOf(items);
        scores = List.copyOf(scores);
        bands = List.copyOf(bands);
    }

    /** The last band whose start the value reaches, or null when the score has no bands. */
    Band band(double value) {
        Band found = null;
        for (Band band : bands) {
            if (band.from() <= value) {
                found = band;
            }
        }
        return found;
    }
}
