package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The articles written before images were recorded with them get the same records from the
 * migration (plain SQL, on H2 and on PostgreSQL) as saving them again would give. Runs on the
 * database the environment names, in a schema of its own, else on an in-memory H2.
 */
class ArticleImagesMigrationTests {

    private static final String POSTGRES = System.getenv("SPRING_DATASOURCE_URL");

    private final ArticleMarkdown markdown = new ArticleMarkdown();
    private String url;
    private String user;
    private String password;
    private String schema;

    @BeforeEach
    void freshDatabase() throws SQLException {
        String name = "article_images_" + UUID.randomUUID().toString().substring(0, 8);
        if (POSTGRES != null && POSTGRES.startsWith("jdbc:postgresql:")) {
            user = System.getenv("SPRING_DATASOURCE_USERNAME");
            password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
            schema = name;
            try (Connection db = DriverManager.getConnection(POSTGRES, user, password); Statement sql = db.createStatement()) {
                sql.execute("create schema " + schema);
            }
            url = POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        } else {
            user = "sa";
            password = "";
            url = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
    }

    @AfterEach
    void dropIt() throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            sql.execute(schema != null ? "drop schema " + schema + " cascade" : "shutdown");
        }
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /** The migration just before the one that records articles' images, whichever number it has. */
    private String versionBefore(String version) {
        MigrationVersion next = MigrationVersion.fromVersion(version);
        return Arrays.stream(flyway(null).info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(next) < 0).max(Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    @Test
    void heroesAndImagesInTheTextOfEveryExistingArticleAreRecorded() throws SQLException {
        flyway(versionBefore("17")).migrate();
        Map<Long, Set<Long>> expected = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            long hero = media(db);
            long other = media(db);
            String[] texts = {
                    "No images at all, just /media/3/480.jpg as `/media/4/480.jpg` text.",
                    "![one](/media/12/960.jpg) and ![two](/media/5/480.jpg \"a title\")\n\n![one again](/media/12/480.jpg)",
                    "Raw HTML too: <img src='/media/7/1600.jpg' alt='x'> and <img src=\"/media/8/480.jpg?track=1\">",
                    "[![linked](/media/999999999999999999/480.jpg)](/blog) and ![off-site](https://example.org/media/9/480.jpg)",
                    "Its hero again in the text: ![hero](/media/" + hero + "/960.jpg)",
            };
            Long[] heroes = {null, hero, other, null, hero};
            for (int i = 0; i < texts.length; i++) {
                ArticleMarkdown.Rendered rendered = markdown.render(texts[i]);
                long id = article(db, "article-" + i, rendered.html(), heroes[i]);
                Set<Long> images = new LinkedHashSet<>();
                if (heroes[i] != null) {
                    images.add(heroes[i]);
                }
                images.addAll(rendered.images());
                expected.put(id, new TreeSet<>(images));
            }
            // What saving gives: the sanitiser dropped the off-site image and the one with a query.
            assertThat(expected.values()).containsExactly(Set.of(), Set.of(hero, 5L, 12L), Set.of(other, 7L),
                    Set.of(999_999_999_999_999_999L), Set.of(hero));
        }

        flyway(null).migrate();

        Map<Long, Set<Long>> recorded = new TreeMap<>();
        expected.keySet().forEach(id -> recorded.put(id, new TreeSet<>()));
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select article_id, media_id from article_media")) {
            while (rows.next()) {
                recorded.get(rows.getLong(1)).add(rows.getLong(2));
            }
        }
        assertThat(recorded).isEqualTo(expected);
    }

    private static long media(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into media_asset (name, width, height, variant_widths, created_at)
                values ('image', 1600, 900, '480,960,1600', ?)""", new String[] {"id"})) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static long article(Connection db, String slug, String html, Long hero) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into article (slug, title, summary, body_markdown, body_html, reading_minutes, status, published_at,
                                     hero_media_id, hero_alt, created_at, updated_at)
                values (?, 'Title', 'Summary.', 'Markdown', ?, 1, 'PUBLISHED', ?, ?, ?, ?, ?)""", new String[] {"id"})) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, slug);
            insert.setString(2, html);
            insert.setTimestamp(3, now);
            insert.setObject(4, hero);
            insert.setString(5, hero == null ? null : "An image");
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static long key(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
