package org.corebalance.assessment.domain;

/** What the result page tells someone whose answers raised a flag of one urgency: which care to seek, how soon, and that the assessment stops. */
public record UrgencyAdvice(Urgency urgency, String headline, String text) {
}
