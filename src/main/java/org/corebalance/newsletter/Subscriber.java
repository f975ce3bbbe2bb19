package org.corebalance.newsletter;

import java.time.Instant;

/** A subscriber as the owner's list shows them. */
public record Subscriber(long id, String email, String status, String source, Instant createdAt, Instant confirmedAt,
        Instant unsubscribedAt) {
}
