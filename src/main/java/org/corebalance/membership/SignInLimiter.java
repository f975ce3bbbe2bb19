package org.corebalance.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock an account out. Within a 15-minute
 * window an address (an IPv6 client's whole /64) may fail 5 times for one account and 20 times in
 * all; past that it is refused until its oldest failures age out, so at most 15 minutes.
 * <p>
 * Failures for an account from everywhere never refuse an address that has not failed for it: an
 * account-wide lock is exactly what lets a stranger keep the owner out. Instead, once an account
 * has failed {@value #UNDER_ATTACK} times in the window, every address gets one failure for it
 * rather than five. A guesser then needs a real address per guess (forwarded headers count only
 * from named proxies), while the owner signing in from an address that has not failed is always
 * heard at once, and from one that has after at most the window.
 * <p>
 * Every attempt is written before the password is checked (so a burst in parallel cannot slip
 * through) and removed again when it succeeds. Counts live in the database, so every instance
 * sees the same ones.
 */
@Component
class SignInLimiter {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT_AND_ADDRESS = 5;
    static final int PER_ADDRESS = 20;
    static final int UNDER_ATTACK = 20;
    static final int PER_ACCOUNT_AND_ADDRESS_UNDER_ATTACK = 1;

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an attempt and says whether it may go ahead; when it may, the returned ids are
     * handed to {@link #succeeded} if the password was right.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Attempt attempt(String email, String address) {
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (String key : keys(email, address)) {
            var id = new GeneratedKeyHolder();
            jdbc.sql("insert into sign_in_failure (limit_key, failed_at) values (:key, :now)")
                    .param("key", key).param("now", AccountRepository.utc(now)).update(id, "id");
            ids.add(id.getKeyAs(Number.class).longValue());
        }
        jdbc.sql("delete from sign_in_failure where failed_at < :old")
                .param("old", AccountRepository.utc(now.minus(WINDOW.multipliedBy(2)))).update();
        Instant since = now.minus(WINDOW);
        List<String> keys = keys(email, address);
        // This attempt is counted too, hence "more than".
        long fromHere = count(keys.get(0), since);
        boolean blocked = fromHere > PER_ACCOUNT_AND_ADDRESS
                || count(keys.get(1), since) > PER_ADDRESS
                || fromHere > PER_ACCOUNT_AND_ADDRESS_UNDER_ATTACK && count(keys.get(2), since) > UNDER_ATTACK;
        return new Attempt(ids, blocked);
    }

    /** A right password: the attempt does not count against anyone, and the account starts afresh. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(Attempt attempt, String email) {
        jdbc.sql("delete from sign_in_failure where id in (:ids)").param("ids", attempt.ids()).update();
        clearAccount(email);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void clearAccount(String email) {
        String account = accountKey(email);
        String pairs = account + " from ";
        jdbc.sql("delete from sign_in_failure where limit_key = :account or left(limit_key, :length) = :pairs")
                .param("account", account).param("length", pairs.length()).param("pairs", pairs)
                .update();
    }

    private long count(String key, Instant since) {
        return jdbc.sql("select count(*) from sign_in_failure where limit_key = :key and failed_at > :since")
                .param("key", key).param("since", AccountRepository.utc(since)).query(Long.class).single();
    }

    private static List<String> keys(String email, String address) {
        String account = accountKey(email);
        return List.of(account + " from " + address, "address:" + address, account);
    }

    private static String accountKey(String email) {
        return "account:" + email.toLowerCase(Locale.ROOT);
    }

    /** The rows an attempt wrote, and whether it must be refused. */
    record Attempt(List<Long> ids, boolean blocked) {
    }
}
