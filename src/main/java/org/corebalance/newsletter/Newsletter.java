package org.corebalance.newsletter;

import java.time.Instant;

/** A newsletter: a draft until it is sent, once. */
record Newsletter(long id, String subject, String bodyMarkdown, String status, Instant sentAt) {

    boolean sent() {
        return status.equals("SENT");
    }

    String kind() {
        return "newsletter-" + id;
    }
}
