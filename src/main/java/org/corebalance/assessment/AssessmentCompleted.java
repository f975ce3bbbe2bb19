package org.corebalance.assessment;

/**
 * A finished assessment was stored: completed with a result, or stopped by a red flag. It carries
 * no answers and no scores (health data stays in the assessment's row); a listener reads what it
 * needs.
 */
public record AssessmentCompleted(long assessmentId, boolean stoppedByRedFlag) {
}
