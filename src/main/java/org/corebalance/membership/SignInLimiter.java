package org.corebalance.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from one
 * address, within a window, further attempts are refused until the window has passed. Counts
 * live in the database, so every instance sees the same ones.
 */
@Component
class SignInLimiter {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isBlocked(String email, String address) {
        Instant since = clock.instant().minus(WINDOW);
        return failures(accountKey(email), since) >= PER_ACCOUNT || failures(addressKey(address), since) >= PER_ADDRESS;
    }

    /** Recorded in its own transaction, so a failure counts even though the sign-in is refused. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String email, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            jdbc.sql("insert into sign_in_failure (limit_key, failed_at) values (:key, :now)")
                    .param("key", key).param("now", AccountRepository.utc(now)).update();
        }
        jdbc.sql("delete from sign_in_failure where failed_at < :old")
                .param("old", AccountRepository.utc(now.minus(WINDOW.multipliedBy(2)))).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void clearAccount(String email) {
        jdbc.sql("delete from sign_in_failure where limit_key = :key").param("key", accountKey(email)).update();
    }

    private long failures(String key, Instant since) {
        return jdbc.sql("select count(*) from sign_in_failure where limit_key = :key and failed_at > :since")
                .param("key", key).param("since", AccountRepository.utc(since)).query(Long.class).single();
    }

    private static String accountKey(String email) {
        return "account:" + email.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
