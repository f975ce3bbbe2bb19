package org.corebalance.assessment.domain;

import java.util.List;

/** One step of the questionnaire: a titled group of questions answered on one page. */
public record Section(String id, String title, String intro, List<Item> items) {

    public Section {
        items = List.copyOf(items);
    }
}
