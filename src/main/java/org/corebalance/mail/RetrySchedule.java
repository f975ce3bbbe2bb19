package org.corebalance.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a message whose attempt failed is tried again: after 1, 4, 20, 120 and from then on 720
 * times the base (with the default 30 s: 30 s, 2 min, 10 min, 1 h, 6 h, 6 h...), until the
 * attempts run out.
 */
record RetrySchedule(Duration base, int maxAttempts) {

    private static final int[] FACTORS = {1, 4, 20, 120, 720};

    static RetrySchedule of(MailSettings settings) {
        return new RetrySchedule(settings.retryBase(), settings.maxAttempts());
    }

    /**
     * @param attemptsMade attempts so far, including the one that just failed
     * @return when to try next, or empty when the message should be given up
     */
    Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        int factor = FACTORS[Math.min(Math.max(attemptsMade, 1), FACTORS.length) - 1];
        return Optional.of(failedAt.plus(base.multipliedBy(factor)));
    }
}
