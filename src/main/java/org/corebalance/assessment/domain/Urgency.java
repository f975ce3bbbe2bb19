package org.corebalance.assessment.domain;

/** How soon someone with a red flag should see a doctor; declared most urgent first. */
public enum Urgency {
    /** Emergency care now. */
    EMERGENCY,
    /** A doctor today. */
    TODAY,
    /** A doctor or physical therapist within a week or two, before starting to exercise. */
    SOON
}
