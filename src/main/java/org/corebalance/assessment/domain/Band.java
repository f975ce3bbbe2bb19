package org.corebalance.assessment.domain;

/** A named range of a score, from {@code from} up to the next band's start. */
record Band(double from, String label, String meaning) {
}
