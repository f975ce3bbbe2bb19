package org.corebalance.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Contact messages. */
@Repository
class ContactRepository {

    private static final String COLUMNS = "id, name, email, topic, message, status, spam, created_at";

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String email, String topic, String message, boolean spam, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into contact_message (name, email, topic, message, status, spam, created_at)
                values (:name, :email, :topic, :message, :status, :spam, :now)""")
                .param("name", name).param("email", email).param("topic", topic).param("message", message)
                .param("status", spam ? "ARCHIVED" : "UNREAD").param("spam", spam)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The inbox: unread and read ("inbox"), or archived, newest first. Spam only among the archived. */
    List<ContactMessage> find(String box, int limit) {
        String where = box.equals("archived") ? "status = 'ARCHIVED'" : "status <> 'ARCHIVED'";
        return jdbc.sql("select " + COLUMNS + " from contact_message where " + where + " order by created_at desc, id desc limit :limit")
                .param("limit", limit).query(ContactRepository::message).list();
    }

    Optional<ContactMessage> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from contact_message where id = :id").param("id", id)
                .query(ContactRepository::message).optional();
    }

    long countUnread() {
        return jdbc.sql("select count(*) from contact_message where status = 'UNREAD'").query(Long.class).single();
    }

    void setStatus(long id, String status, Instant now) {
        jdbc.sql("update contact_message set status = :status, read_at = case when :status = 'READ' then :now else read_at end where id = :id")
                .param("status", status).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("id", id).update();
    }

    private static ContactMessage message(ResultSet rs, int row) throws SQLException {
        return new ContactMessage(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("topic"),
                rs.getString("message"), rs.getString("status"), rs.getBoolean("spam"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
