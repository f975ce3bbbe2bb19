package org.corebalance.mail;

import java.time.Instant;

/**
 * A message in the outbox as the coach's outbox page shows it. {@code sentAt}, {@code nextAttemptAt},
 * {@code lastError} (for a refused message, the mail server's answer) and {@code messageId} (given at
 * the first attempt, the same at every later one) may be null; {@code attempts} counts delivery
 * attempts made so far.
 */
public record OutboxEntry(long id, String to, String subject, String kind, OutboxStatus status, int attempts,
        Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError, String text, String html,
        String messageId) {
}
