package org.corebalance.contact;

import java.util.Arrays;
import java.util.Optional;

/** What a contact message is about, as the reader chooses it. */
enum Topic {
    ASSESSMENT("The free assessment"),
    TRAINING("Core Balance Training"),
    ARTICLE("An article"),
    OTHER("Something else");

    final String label;

    Topic(String label) {
        this.label = label;
    }

    static Optional<Topic> of(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
