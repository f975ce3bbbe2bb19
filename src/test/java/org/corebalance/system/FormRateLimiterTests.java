package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreBalanceTest
class FormRateLimiterTests {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Autowired
    FormRateLimiter limiter;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(CoreBalanceTest.NOW);
    }

    @Test
    void sendsOverTheLimitAreRefusedUntilTheWindowHasPassed() {
        String address = "203.0.113." + UUID.randomUUID().hashCode();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.allow("test-form", address, 3, TEN_MINUTES)).isTrue();
        }
        assertThat(limiter.allow("test-form", address, 3, TEN_MINUTES)).as("the fourth in ten minutes").isFalse();
        assertThat(limiter.allow("other-form", address, 3, TEN_MINUTES)).as("another form's counter").isTrue();

        clock.advance(TEN_MINUTES.plusSeconds(1));
        assertThat(limiter.allow("test-form", address, 3, TEN_MINUTES)).isTrue();
    }

    @Test
    void theHourlyCleanUpForgetsSendsOlderThanADayAndKeepsTheRest() {
        String address = "198.51.100." + UUID.randomUUID().hashCode();
        limiter.allow("test-form", address, 10, TEN_MINUTES);
        clock.advance(Duration.ofHours(23));
        limiter.allow("test-form", address, 10, TEN_MINUTES);
        assertThat(limiter.count("test-form", address, Duration.ofDays(2))).isEqualTo(2);

        clock.advance(Duration.ofHours(2));
        assertThat(limiter.forgetOld()).isPositive();

        assertThat(limiter.count("test-form", address, Duration.ofDays(2))).as("the send of 25 hours ago is gone").isEqualTo(1);
        assertThat(limiter.forgetOld()).as("nothing more to forget").isZero();
    }
}
