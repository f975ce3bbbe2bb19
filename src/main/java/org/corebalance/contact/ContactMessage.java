package org.corebalance.contact;

import java.time.Instant;

/** A stored message, as the coach's inbox shows it. */
public record ContactMessage(long id, String name, String email, String topic, String message, String status,
        boolean spam, Instant createdAt) {

    public boolean unread() {
        return status.equals("UNREAD");
    }
}
