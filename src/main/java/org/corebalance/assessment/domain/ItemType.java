package org.corebalance.assessment.domain;

/** How a question is answered, which decides how it is shown and checked. */
public enum ItemType {
    /** One option. */
    CHOICE,
    /** Several options; an exclusive option ("None of these") stands alone. */
    MULTI,
    /** A whole number on a labelled scale, such as pain from 0 to 10. */
    SCALE,
    /** A whole number in a range, with a unit, such as hours of sitting. */
    NUMBER;

    public boolean singleAnswer() {
        return this != MULTI;
    }

    public boolean numeric() {
        return this == SCALE || this == NUMBER;
    }
}
