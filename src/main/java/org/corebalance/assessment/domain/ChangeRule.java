package org.corebalance.assessment.domain;

/**
 * When a change in a score between two assessments is large enough to matter: by at least
 * {@code points}, or by at least {@code percent} per cent of the earlier value.
 */
public record ChangeRule(String score, double points, double percent) {
}
