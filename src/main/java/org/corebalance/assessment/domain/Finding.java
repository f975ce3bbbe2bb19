package org.corebalance.assessment.domain;

/** A likely contributor found in a person's answers, in the practice's own coaching words. */
public record Finding(String id, String title, String text) {
}
