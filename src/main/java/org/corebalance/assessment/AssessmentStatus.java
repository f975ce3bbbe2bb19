package org.corebalance.assessment;

/** How a stored assessment ended: with a result, or stopped by a red flag. */
public enum AssessmentStatus {
    COMPLETED, STOPPED
}
