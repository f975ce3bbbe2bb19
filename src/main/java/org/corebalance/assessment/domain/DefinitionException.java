package org.corebalance.assessment.domain;

/**
 * A questionnaire definition that cannot be used, saying which file, where in it (line:column for
 * broken JSON, a path such as {@code sections[1].items[3].options[0].score} otherwise) and what is
 * wrong, so whoever edited it can fix it without reading the engine.
 */
public class DefinitionException extends RuntimeException {

    private final String file;
    private final String place;
    private final String problem;

    DefinitionException(String file, String place, String problem) {
        super(file + " at " + place + ": " + problem);
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String place() {
        return place;
    }

    public String problem() {
        return problem;
    }
}
