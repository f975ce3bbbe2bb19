package org.corebalance.assessment.domain;

/** A red flag a person's answers raised. */
public record RaisedFlag(String id, Urgency urgency, String title) {
}
