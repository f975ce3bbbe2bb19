package org.corebalance.assessment.domain;

/**
 * The change in one score between two assessments, and whether it is large enough to matter by
 * the definition's rule.
 *
 * @param change after minus before; for pain a negative change is an improvement
 */
public record MeaningfulChange(String score, double before, double after, double change, boolean meaningful) {

    // Values such as weekly averages are decimals; this keeps 7.3 to 5.3 at two points.
    private static final double TOLERANCE = 1e-9;

    /**
     * Meaningful when the score moved by at least the rule's points, or by at least its percentage
     * of the earlier value. From an earlier value of zero only the points count, since any change
     * would be an infinite percentage.
     */
    public static MeaningfulChange between(ChangeRule rule, double before, double after) {
        double change = after - before;
        double size = Math.abs(change);
        boolean byPoints = size >= rule.points() - TOLERANCE;
        boolean byPercent = before != 0 && size * 100 >= rule.percent() * Math.abs(before) - TOLERANCE;
        return new MeaningfulChange(rule.score(), before, after, change, size > TOLERANCE && (byPoints || byPercent));
    }
}
