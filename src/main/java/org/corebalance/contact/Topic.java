package org.corebalance.contact;

import java.util.Arrays;
import java.util.Optional;

/** What a contact message is about, as the reader chooses it. */
enum Topic {
    ASSESSMENT("The free assessment", "the free assessment"),
    TRAINING("Core Balance Training", "Core Balance Training"),
    ARTICLE("An article", "an article"),
    OTHER("Something else", "something else");

    final String label;
    /** The label within a sentence: "your message about the free assessment". */
    final String inSentence;

    Topic(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    static Optional<Topic> of(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
