package org.corebalance.assessment.domain;

/** How a score combines the items or scores it counts. */
enum ScoreMethod {
    SUM,
    MEAN,
    /** The sum as a share of the most the answered parts could have given, so skipped parts do not count against anyone. */
    PERCENT
}
