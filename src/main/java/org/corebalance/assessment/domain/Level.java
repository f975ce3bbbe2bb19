package org.corebalance.assessment.domain;

/** Where someone starts the Core Balance Training program. */
public enum Level {
    FOUNDATION("Foundation"),
    BUILD("Build"),
    STRONG("Strong");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
