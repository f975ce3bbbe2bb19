package org.corebalance;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps working after the connection that ran the migrations is gone, as
 * happens when the pool retires it. H2 2.4.240 then refused every insert into a table with a
 * check constraint ("Check constraint invalid").
 */
class EmbeddedDatabaseTests {

    @TempDir
    java.nio.file.Path folder;

    @Test
    void rowsCanBeInsertedThroughANewConnectionAfterMigrating() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("corebalance")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        try (Connection pooled = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            try (Connection fresh = DriverManager.getConnection(url, "sa", ""); Statement sql = fresh.createStatement()) {
                assertThatCode(() -> {
                    sql.execute("""
                            insert into article (slug, title, summary, body_markdown, body_html, reading_minutes, status,
                                                 created_at, updated_at)
                            values ('a', 'A', 'S', 'B', '<p>B</p>', 1, 'DRAFT', current_timestamp, current_timestamp)""");
                    sql.execute("""
                            insert into account (email, display_name, role, created_at)
                            values ('e@example.org', 'E', 'EDITOR', current_timestamp)""");
                    sql.execute("""
                            insert into mail_outbox (recipient, subject, body_text, kind, status, attempts, next_attempt_at, created_at)
                            values ('e@example.org', 'Hi', 'Text', 'test', 'PENDING', 0, current_timestamp, current_timestamp)""");
                }).doesNotThrowAnyException();
            }
        }
    }
}
