package org.corebalance.redirects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes redirects; an old address is found by its key (lower case, as {@link TypedAddress#key} makes it). */
@Repository
class RedirectRepository {

    private static final String COLUMNS = "id, old_path, target, hits, last_hit_at, created_at";

    private final JdbcClient jdbc;

    RedirectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Redirect> findAll() {
        return jdbc.sql("select " + COLUMNS + " from address_redirect order by old_key").query(RedirectRepository::redirect)
                .list();
    }

    Optional<Redirect> findByKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from address_redirect where old_key = :key").param("key", key)
                .query(RedirectRepository::redirect).optional();
    }

    Optional<Redirect> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from address_redirect where id = :id").param("id", id)
                .query(RedirectRepository::redirect).optional();
    }

    /** Holds the one guard row until the transaction ends: adding redirects happens one at a time, site-wide. */
    void lockForChanges() {
        jdbc.sql("select id from address_redirect_guard where id = 1 for update").query(Integer.class).single();
    }

    void insert(String oldPath, String key, String target, Instant now) {
        jdbc.sql("""
                insert into address_redirect (old_path, old_key, target, hits, created_at)
                values (:old, :key, :target, 0, :now)""")
                .param("old", oldPath).param("key", key).param("target", target).param("now", utc(now)).update();
    }

    int delete(long id) {
        return jdbc.sql("delete from address_redirect where id = :id").param("id", id).update();
    }

    void addHits(long id, long uses, Instant last) {
        jdbc.sql("""
                update address_redirect set hits = hits + :uses,
                    last_hit_at = case when last_hit_at is null or last_hit_at < :last then :last else last_hit_at end
                where id = :id""")
                .param("id", id).param("uses", uses).param("last", utc(last)).update();
    }

    private static Redirect redirect(ResultSet rs, int row) throws SQLException {
        return new Redirect(rs.getLong("id"), rs.getString("old_path"), rs.getString("target"), rs.getLong("hits"),
                instant(rs, "last_hit_at"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
