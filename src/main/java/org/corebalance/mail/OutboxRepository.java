package org.corebalance.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the outbox. A delivery pass first claims due messages with one conditional
 * update under a token of its own, so two passes never hold the same message.
 */
@Repository
class OutboxRepository {

    private static final String ENTRY_COLUMNS = """
            id, recipient, subject, kind, status, attempts, created_at, sent_at, next_attempt_at, last_error,
            body_text, body_html, message_id""";
    /** Due: waiting and its time has come, or claimed by a pass whose claim ran out (it crashed or hung). */
    private static final String DUE = """
            ((status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and claimed_until <= :now))""";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OutgoingMail mail, Instant now) {
        insert(mail, null, now);
    }

    /** Queues the message unless one with the same key (not null) is queued already. */
    void insert(OutgoingMail mail, String onceKey, Instant now) {
        jdbc.sql("""
                insert into mail_outbox (recipient, recipient_name, subject, body_text, body_html, headers, kind,
                                         status, attempts, next_attempt_at, created_at, once_key)
                select :to, :toName, :subject, :text, :html, :headers, :kind, 'PENDING', 0, :now, :now, :once
                where cast(:once as varchar(120)) is null
                   or not exists (select 1 from mail_outbox where once_key = :once)""")
                .param("to", mail.to()).param("toName", mail.toName()).param("subject", mail.subject())
                .param("text", mail.text()).param("html", mail.html()).param("headers", headerLines(mail.headers()))
                .param("kind", mail.kind()).param("now", utc(now)).param("once", onceKey)
                .update();
    }

    boolean hasOnceKey(String onceKey) {
        return jdbc.sql("select count(*) from mail_outbox where once_key = :once").param("once", onceKey)
                .query(Long.class).single() > 0;
    }

    java.util.Map<OutboxStatus, Long> countsOf(String kind) {
        var counts = new java.util.EnumMap<OutboxStatus, Long>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from mail_outbox where kind = :kind group by status")
                .param("kind", kind)
                .query(rs -> {
                    counts.put(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    List<OutboxEntry> recent(int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from mail_outbox order by id desc limit :limit")
                .param("limit", limit).query(OutboxRepository::entry).list();
    }

    Optional<OutboxEntry> find(long id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from mail_outbox where id = :id")
                .param("id", id).query(OutboxRepository::entry).optional();
    }

    /**
     * Moves up to {@code limit} due messages to SENDING under {@code token} until {@code claimedUntil}
     * and returns them, oldest due first. The outer condition repeats the due check so that a pass
     * whose update waited for another pass's claim to commit skips the rows that one took. A message
     * claimed for the first time gets its Message-ID here, {@code <id.token@domain>}: unique (one
     * token per pass, one id per row) and kept for every later attempt.
     */
    List<ClaimedMail> claimDue(Instant now, Instant claimedUntil, String token, int limit, String messageIdDomain) {
        jdbc.sql("update mail_outbox set status = 'SENDING', claimed_until = :until, claim_token = :token,"
                        + " message_id = coalesce(message_id, '<' || cast(id as varchar(20)) || '.' || :token || '@' || :domain || '>')"
                        + " where id in (select id from mail_outbox where " + DUE
                        + " order by next_attempt_at, id limit :limit) and " + DUE)
                .param("until", utc(claimedUntil)).param("token", token).param("now", utc(now)).param("limit", limit)
                .param("domain", messageIdDomain)
                .update();
        return jdbc.sql("""
                select id, recipient, recipient_name, subject, body_text, body_html, headers, attempts, message_id
                from mail_outbox where claim_token = :token and status = 'SENDING'
                order by next_attempt_at, id""")
                .param("token", token)
                .query((rs, n) -> new ClaimedMail(rs.getLong("id"), rs.getString("recipient"),
                        rs.getString("recipient_name"), rs.getString("subject"), rs.getString("body_text"),
                        rs.getString("body_html"), parseHeaders(rs.getString("headers")), rs.getInt("attempts"),
                        rs.getString("message_id")))
                .list();
    }

    /**
     * Extends the claim on the messages this pass still holds (not yet sent or failed) to
     * {@code claimedUntil}; returns how many it still holds, fewer than expected when a claim ran out
     * and another pass took a message over.
     */
    int renew(String token, Instant claimedUntil) {
        return jdbc.sql("update mail_outbox set claimed_until = :until where claim_token = :token and status = 'SENDING'")
                .param("until", utc(claimedUntil)).param("token", token).update();
    }

    /** Records a delivered message; false if the claim was lost (another pass took it over). */
    boolean markSent(long id, String token, Instant now) {
        return jdbc.sql("""
                update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now,
                       next_attempt_at = null, claimed_until = null, claim_token = null
                where id = :id and claim_token = :token and status = 'SENDING'""")
                .param("id", id).param("token", token).param("now", utc(now)).update() == 1;
    }

    /** Records a failed attempt: back to PENDING until {@code nextAttempt}, or FAILED when that is null. */
    boolean markFailed(long id, String token, String error, Instant nextAttempt) {
        return jdbc.sql("""
                update mail_outbox set status = :status, attempts = attempts + 1, last_error = :error,
                       next_attempt_at = :next, claimed_until = null, claim_token = null
                where id = :id and claim_token = :token and status = 'SENDING'""")
                .param("status", nextAttempt == null ? OutboxStatus.FAILED.name() : OutboxStatus.PENDING.name())
                .param("error", error).param("next", nextAttempt == null ? null : utc(nextAttempt))
                .param("id", id).param("token", token).update() == 1;
    }

    /** Hands messages this pass claimed but did not try back to the queue, due at once. */
    void release(String token) {
        jdbc.sql("""
                update mail_outbox set status = 'PENDING', claimed_until = null, claim_token = null
                where claim_token = :token and status = 'SENDING'""")
                .param("token", token).update();
    }

    /** A message a delivery pass has claimed, with what it needs to send it. */
    record ClaimedMail(long id, String to, String toName, String subject, String text, String html,
            Map<String, String> headers, int attempts, String messageId) {
    }

    static String headerLines(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return null;
        }
        var lines = new StringBuilder();
        headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.toString();
    }

    static Map<String, String> parseHeaders(String lines) {
        var headers = new LinkedHashMap<String, String>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                // Names never contain a colon, so the first one ends the name.
                int colon = line.indexOf(':');
                if (colon > 0 && line.length() > colon + 1) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("kind"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), rs.getString("body_text"), rs.getString("body_html"),
                rs.getString("message_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
