package org.corebalance.assessment.domain;

import java.util.List;

/** The verdict on the values submitted for one item: what is kept, what to tell the person, and whether a form could have sent them. */
record ValueCheck(List<String> accepted, String error, boolean tampered) {

    private static final ValueCheck NONE = new ValueCheck(List.of(), null, false);

    static ValueCheck none() {
        return NONE;
    }

    static ValueCheck accepted(List<String> values) {
        return new ValueCheck(values, null, false);
    }

    static ValueCheck refused(String error, boolean tampered) {
        return new ValueCheck(List.of(), error, tampered);
    }
}
