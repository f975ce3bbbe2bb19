package org.corebalance.assessment.domain;

import java.util.List;

/** A starter exercise a result recommends, with what it is for and what to pay attention to. */
public record Exercise(String name, String purpose, List<String> cues) {

    public Exercise {
        cues = List.copyOf(cues);
    }
}
