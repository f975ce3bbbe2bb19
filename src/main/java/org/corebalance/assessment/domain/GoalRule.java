package org.corebalance.assessment.domain;

/** Pairs a goal question (which activity) with the question rating how well it goes now. */
record GoalRule(String item, String rating) {
}
