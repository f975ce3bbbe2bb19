package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed messages wait longer after each failure, and are given up after the last attempt. */
class RetryScheduleTests {

    private static final Instant FAILED_AT = Instant.parse("2026-11-24T12:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), 8);

    private Duration waitAfter(int attempts) {
        return Duration.between(FAILED_AT, schedule.nextAttempt(attempts, FAILED_AT).orElseThrow());
    }

    @Test
    void waitsThirtySecondsTwoMinutesTenMinutesAnHourThenSixHours() {
        assertThat(waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(waitAfter(3)).isEqualTo(Duration.ofMinutes(10));
        assertThat(waitAfter(4)).isEqualTo(Duration.ofHours(1));
        assertThat(waitAfter(5)).isEqualTo(Duration.ofHours(6));
        assertThat(waitAfter(7)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void givesUpWhenTheAttemptsRunOut() {
        assertThat(schedule.nextAttempt(8, FAILED_AT)).isEmpty();
        assertThat(schedule.nextAttempt(9, FAILED_AT)).isEmpty();
    }

    @Test
    void scalesWithTheBase() {
        var fast = new RetrySchedule(Duration.ofMillis(10), 3);
        assertThat(fast.nextAttempt(2, FAILED_AT)).contains(FAILED_AT.plusMillis(40));
        assertThat(fast.nextAttempt(3, FAILED_AT)).isEmpty();
    }
}
