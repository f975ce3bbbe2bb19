package org.corebalance.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscribers. Addresses are stored lower-cased, so one address is one subscriber. */
@Repository
class SubscriberRepository {

    private static final String COLUMNS = "id, email, status, source, created_at, confirmed_at, unsubscribed_at";

    private final JdbcClient jdbc;

    SubscriberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subscriber> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from subscriber where email = :email").param("email", email)
                .query(SubscriberRepository::subscriber).optional();
    }

    /** A new pending subscriber; false when the address is already known (a second sign-up at the same moment). */
    boolean insertPending(String email, String source, String confirmHash, Instant expires, String unsubscribeToken,
            Instant now) {
        return jdbc.sql("""
                insert into subscriber (email, status, source, created_at, confirm_token_hash, confirm_expires_at,
                                        unsubscribe_token)
                select :email, 'PENDING', :source, :now, :hash, :expires, :unsubscribe from public_revision
                where id = 1 and not exists (select 1 from subscriber where email = :email)""")
                .param("email", email).param("source", source).param("now", utc(now)).param("hash", confirmHash)
                .param("expires", utc(expires)).param("unsubscribe", unsubscribeToken)
                .update() == 1;
    }

    /** Asks a pending or unsubscribed address to confirm again with a fresh link. */
    void renewPending(long id, String confirmHash, Instant expires) {
        jdbc.sql("""
                update subscriber set status = 'PENDING', confirm_token_hash = :hash, confirm_expires_at = :expires
                where id = :id and status <> 'CONFIRMED'""")
                .param("hash", confirmHash).param("expires", utc(expires)).param("id", id).update();
    }

    /** Confirms the subscriber holding this (hashed) token, if it has not expired; the token is used up. */
    Optional<String> confirm(String confirmHash, Instant now) {
        Optional<String> email = jdbc.sql("""
                select email from subscriber where confirm_token_hash = :hash and confirm_expires_at > :now
                and status = 'PENDING'""")
                .param("hash", confirmHash).param("now", utc(now)).query(String.class).optional();
        email.ifPresent(address -> jdbc.sql("""
                update subscriber set status = 'CONFIRMED', confirmed_at = :now, confirm_token_hash = null,
                       confirm_expires_at = null, unsubscribed_at = null
                where confirm_token_hash = :hash""")
                .param("hash", confirmHash).param("now", utc(now)).update());
        return email;
    }

    boolean pendingTokenValid(String confirmHash, Instant now) {
        return jdbc.sql("""
                select count(*) from subscriber where confirm_token_hash = :hash and confirm_expires_at > :now
                and status = 'PENDING'""")
                .param("hash", confirmHash).param("now", utc(now)).query(Long.class).single() > 0;
    }

    Optional<String> unsubscribe(String token, Instant now) {
        Optional<String> email = jdbc.sql("select email from subscriber where unsubscribe_token = :token")
                .param("token", token).query(String.class).optional();
        email.ifPresent(address -> jdbc.sql("""
                update subscriber set status = 'UNSUBSCRIBED', unsubscribed_at = :now, confirm_token_hash = null
                where unsubscribe_token = :token and status <> 'UNSUBSCRIBED'""")
                .param("token", token).param("now", utc(now)).update());
        return email;
    }

    List<Subscriber> findAll(int limit) {
        return jdbc.sql("select " + COLUMNS + " from subscriber order by created_at desc, id desc limit :limit")
                .param("limit", limit).query(SubscriberRepository::subscriber).list();
    }

    private static Subscriber subscriber(ResultSet rs, int row) throws SQLException {
        return new Subscriber(rs.getLong("id"), rs.getString("email"), rs.getString("status"), rs.getString("source"),
                instant(rs, "created_at"), instant(rs, "confirmed_at"), instant(rs, "unsubscribed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
