package org.corebalance.assessment.domain;

/** A red flag: a pattern of answers that needs a clinician before any exercise. */
record FlagRule(String id, Urgency urgency, String title, Condition when) {
}
