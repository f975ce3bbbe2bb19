package org.corebalance.membership;

import java.time.Duration;

/**
 * Answers an account form no sooner than a fixed time after it arrived, so that how long the
 * answer took does not tell whether an account exists: a reset link for a real account is written,
 * counted and queued (7–35 ms), an unknown address costs one lookup (~4 ms). The wait is a sleep,
 * cheap on a virtual thread; work that takes longer than the fixed time is answered when done.
 */
final class EqualAnswerTime {

    private EqualAnswerTime() {
    }

    static void waitUntil(long startedNanos, Duration total) {
        long remaining = total.toNanos() - (System.nanoTime() - startedNanos);
        if (remaining <= 0) {
            return;
        }
        try {
            Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
