package org.corebalance.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.corebalance.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links sent by e-mail (password reset, staff invitation): 256 random bits in the link,
 * only their SHA-256 hash in the database, valid until they expire or are used once.
 */
@Component
class AccountTokens {

    enum Purpose {
        RESET, INVITE
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the account; the returned value goes in the link and is stored nowhere. */
    String issue(long accountId, Purpose purpose, Duration validFor) {
        String token = SecretTokens.random();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into account_token (account_id, purpose, token_hash, created_at, expires_at)
                values (:account, :purpose, :hash, :now, :expires)""")
                .param("account", accountId).param("purpose", purpose.name()).param("hash", SecretTokens.sha256(token))
                .param("now", AccountRepository.utc(now)).param("expires", AccountRepository.utc(now.plus(validFor)))
                .update();
        return token;
    }

    /** The account a still-valid token belongs to, without using it up. */
    Optional<Long> peek(String token, Purpose purpose) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select account_id from account_token
                where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
                .param("hash", SecretTokens.sha256(token)).param("purpose", purpose.name())
                .param("now", AccountRepository.utc(clock.instant()))
                .query(Long.class).optional();
    }

    /**
     * Uses the token up and returns its account, or empty when it is unknown, expired or already
     * used (a second use at the same moment finds it used: the update is the check).
     */
    Optional<Long> consume(String token, Purpose purpose) {
        Optional<Long> account = peek(token, purpose);
        if (account.isEmpty()) {
            return account;
        }
        int used = jdbc.sql("""
                update account_token set used_at = :now
                where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
                .param("hash", SecretTokens.sha256(token)).param("purpose", purpose.name())
                .param("now", AccountRepository.utc(clock.instant()))
                .update();
        return used == 1 ? account : Optional.empty();
    }

    /** Retires every open token of the account (after a password change, nothing older may be used). */
    void retireAll(long accountId) {
        jdbc.sql("update account_token set used_at = :now where account_id = :account and used_at is null")
                .param("now", AccountRepository.utc(clock.instant())).param("account", accountId).update();
    }

    long issuedSince(long accountId, Purpose purpose, Instant since) {
        return jdbc.sql("select count(*) from account_token where account_id = :account and purpose = :purpose and created_at > :since")
                .param("account", accountId).param("purpose", purpose.name()).param("since", AccountRepository.utc(since))
                .query(Long.class).single();
    }

}
