package org.corebalance.assessment.domain;

import java.io.InputStream;
import java.util.List;

/** The definitions the tests score: placeholder instruments with our own wording, and the shipped questionnaire. */
final class TestDefinitions {

    static final List<String> INSTRUMENTS = List.of("nine-item-v1.json", "ten-section-index-v1.json", "rating-v1.json",
            "mixed-v1.json");

    private TestDefinitions() {
    }

    static Definition instrument(String file) {
        InputStream in = TestDefinitions.class.getResourceAsStream("/assessment-instruments/" + file);
        if (in == null) {
            throw new IllegalArgumentException("No test definition " + file);
        }
        return DefinitionParser.parse(file, in);
    }

    static Definition shipped() {
        return new AssessmentDefinitions().current();
    }
}
