package org.corebalance.assessment.domain;

/** One line of an ordered rule list: the result when the condition holds; no condition is the fallback. */
record Rule<T>(Condition when, T result) {

    boolean matches(Condition.Facts facts) {
        return when == null || when.test(facts);
    }
}
