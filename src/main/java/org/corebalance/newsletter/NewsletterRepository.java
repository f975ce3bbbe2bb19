package org.corebalance.newsletter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Newsletters and who each one went to. */
@Repository
class NewsletterRepository {

    private final JdbcClient jdbc;

    NewsletterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String subject, String body, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into newsletter (subject, body_markdown, status, created_at, updated_at)
                values (:subject, :body, 'DRAFT', :now, :now)""")
                .param("subject", subject).param("body", body).param("now", utc(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Only a draft can change. */
    boolean update(long id, String subject, String body, Instant now) {
        return jdbc.sql("update newsletter set subject = :subject, body_markdown = :body, updated_at = :now where id = :id and status = 'DRAFT'")
                .param("subject", subject).param("body", body).param("now", utc(now)).param("id", id).update() == 1;
    }

    /** Marks it sent; false when it was sent already (by a second click, or another instance). */
    boolean markSent(long id, Instant now) {
        return jdbc.sql("update newsletter set status = 'SENT', sent_at = :now where id = :id and status = 'DRAFT'")
                .param("now", utc(now)).param("id", id).update() == 1;
    }

    Optional<Newsletter> find(long id) {
        return jdbc.sql("select id, subject, body_markdown, status, sent_at from newsletter where id = :id").param("id", id)
                .query((rs, n) -> newsletter(rs)).optional();
    }

    /**
     * Every newsletter, sent or not, whose text names the image's address ({@code /media/12/…}),
     * as an image or otherwise, newest first.
     */
    List<Newsletter> findNaming(long mediaId) {
        return jdbc.sql("select id, subject, body_markdown, status, sent_at from newsletter where body_markdown like :address"
                        + " order by created_at desc, id desc")
                .param("address", "%/media/" + mediaId + "/%")
                .query((rs, n) -> newsletter(rs)).list();
    }

    List<Newsletter> findAll() {
        return jdbc.sql("select id, subject, body_markdown, status, sent_at from newsletter order by created_at desc, id desc limit 200")
                .query((rs, n) -> newsletter(rs)).list();
    }

    /** The confirmed subscribers this newsletter has not gone to yet: id, address and unsubscribe token. */
    List<Recipient> confirmedNotYetSent(long newsletterId) {
        return jdbc.sql("""
                select s.id, s.email, s.unsubscribe_token from subscriber s
                where s.status = 'CONFIRMED'
                and not exists (select 1 from newsletter_recipient r where r.newsletter_id = :id and r.subscriber_id = s.id)
                order by s.id""")
                .param("id", newsletterId)
                .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("email"), rs.getString("unsubscribe_token")))
                .list();
    }

    long confirmedCount() {
        return jdbc.sql("select count(*) from subscriber where status = 'CONFIRMED'").query(Long.class).single();
    }

    void recordRecipient(long newsletterId, long subscriberId) {
        jdbc.sql("insert into newsletter_recipient (newsletter_id, subscriber_id) values (:n, :s)")
                .param("n", newsletterId).param("s", subscriberId).update();
    }

    private static Newsletter newsletter(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new Newsletter(rs.getLong("id"), rs.getString("subject"), rs.getString("body_markdown"),
                rs.getString("status"), sent == null ? null : sent.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** One confirmed subscriber to send to. */
    record Recipient(long subscriberId, String email, String unsubscribeToken) {
    }
}
