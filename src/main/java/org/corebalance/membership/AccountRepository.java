package org.corebalance.membership;

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

/** Staff accounts. E-mail addresses are stored lower-cased, so look-ups ignore case. */
@Repository
class AccountRepository {

    private static final String COLUMNS = "id, email, display_name, password_hash, role, created_at";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean ownerExists() {
        return jdbc.sql("select count(*) from account where is_owner").query(Long.class).single() > 0;
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from account where email = :email")
                .param("email", email).query(AccountRepository::account).optional();
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = :id")
                .param("id", id).query(AccountRepository::account).optional();
    }

    List<Account> findAll() {
        return jdbc.sql("select " + COLUMNS + " from account order by role desc, display_name")
                .query(AccountRepository::account).list();
    }

    long insert(String email, String displayName, String passwordHash, StaffRole role, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into account (email, display_name, password_hash, role, is_owner, created_at, password_changed_at)
                values (:email, :name, :hash, :role, :owner, :now, :changed)""")
                .param("email", email).param("name", displayName).param("hash", passwordHash)
                .param("role", role.name()).param("owner", role == StaffRole.OWNER ? Boolean.TRUE : null)
                .param("now", utc(now)).param("changed", passwordHash == null ? null : utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updatePassword(long id, String passwordHash, Instant now) {
        jdbc.sql("update account set password_hash = :hash, password_changed_at = :now where id = :id")
                .param("hash", passwordHash).param("now", utc(now)).param("id", id).update();
    }

    int deleteEditor(long id) {
        return jdbc.sql("delete from account where id = :id and role = 'EDITOR'").param("id", id).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), StaffRole.valueOf(rs.getString("role")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
