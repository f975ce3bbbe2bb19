package org.corebalance.assessment;

/** Where an assessment stands: being answered, finished with a result, or stopped by a red flag. */
public enum AssessmentStatus {
    STARTED, COMPLETED, STOPPED
}
