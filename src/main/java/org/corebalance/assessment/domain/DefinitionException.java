package org.corebalance.assessment.domain;

/**
 * A questionnaire definition that cannot be used, saying which file, where in it (line:column for
 * broken JSON, a path such as {@code sections[1].items[3].options[0].score} otherwise) and what is
 * wrong, so whoever edited it can fix it without reading the engine.
 */
public class DefinitionException extends RuntimeException {

    DefinitionException(String file, String place, String problem) {
        super(file + " at " + place + ": " + problem);
    }
}
