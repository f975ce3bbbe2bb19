package org.corebalance.assessment.domain;

/** A likely contributor the practice looks for, with the words it uses when the condition holds. */
record FindingRule(String id, String title, String text, Condition when) {
}
