package org.corebalance.blog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes articles, tags and old slugs. "Public" always means published and due by {@code now}. */
@Repository
class ArticleRepository {

    private static final String COLUMNS = """
            a.id, a.slug, a.title, a.summary, a.body_markdown, a.body_html, a.reading_minutes, a.status,
            a.published_at, a.hero_media_id, a.hero_alt, a.updated_at""";
    /** Lists show cards: everything but the bodies, which can be large. */
    private static final String CARD_COLUMNS = """
            a.id, a.slug, a.title, a.summary, null as body_markdown, null as body_html, a.reading_minutes, a.status,
            a.published_at, a.hero_media_id, a.hero_alt, a.updated_at""";
    private static final String IS_PUBLIC = "a.status = 'PUBLISHED' and a.published_at <= :now";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    BlogApi.ArticleCounts counts(Instant now) {
        return jdbc.sql("""
                select sum(case when status = 'PUBLISHED' and published_at <= :now then 1 else 0 end) as published,
                       sum(case when status = 'PUBLISHED' and published_at > :now then 1 else 0 end) as scheduled,
                       sum(case when status = 'DRAFT' then 1 else 0 end) as drafts
                from article""")
                .param("now", utc(now))
                .query((rs, n) -> new BlogApi.ArticleCounts(rs.getLong("published"), rs.getLong("scheduled"),
                        rs.getLong("drafts")))
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    Optional<Article> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from article a where a.id = :id")
                .param("id", id).query(ArticleRepository::article).optional();
    }

    List<Article> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CARD_COLUMNS + " from article a where a.id in (:ids)")
                .param("ids", List.copyOf(ids)).query(ArticleRepository::article).list();
    }

    Optional<Article> findPublic(String slug, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from article a where a.slug = :slug and " + IS_PUBLIC)
                .param("slug", slug).param("now", utc(now)).query(ArticleRepository::article).optional();
    }

    /** The slug itself, when a public article has it. */
    Optional<String> findPublicSlug(String slug, Instant now) {
        return jdbc.sql("select a.slug from article a where a.slug = :slug and " + IS_PUBLIC)
                .param("slug", slug).param("now", utc(now)).query(String.class).optional();
    }

    /** The current slug of the public article that once lived at {@code oldSlug}. */
    Optional<String> findPublicRedirect(String oldSlug, Instant now) {
        return jdbc.sql("""
                select a.slug from article_slug_redirect r join article a on a.id = r.article_id
                where r.old_slug = :slug and """ + " " + IS_PUBLIC)
                .param("slug", oldSlug).param("now", utc(now)).query(String.class).optional();
    }

    /** Public articles as cards (without bodies), newest first. */
    List<Article> findPublic(int limit, int offset, Instant now) {
        return jdbc.sql("select " + CARD_COLUMNS + " from article a where " + IS_PUBLIC
                        + " order by a.published_at desc, a.id desc limit :limit offset :offset")
                .param("now", utc(now)).param("limit", limit).param("offset", offset)
                .query(ArticleRepository::article).list();
    }

    /** Public articles with their full HTML, newest first, for the feed. */
    List<Article> findPublicWithBodies(int limit, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from article a where " + IS_PUBLIC
                        + " order by a.published_at desc, a.id desc limit :limit")
                .param("now", utc(now)).param("limit", limit)
                .query(ArticleRepository::article).list();
    }

    long countPublic(Instant now) {
        return jdbc.sql("select count(*) from article a where " + IS_PUBLIC)
                .param("now", utc(now)).query(Long.class).single();
    }

    List<Article> findPublicByTag(long tagId, int limit, int offset, Instant now) {
        return jdbc.sql("select " + CARD_COLUMNS + """
                 from article a join article_tag t on t.article_id = a.id
                where t.tag_id = :tag and""" + " " + IS_PUBLIC
                        + " order by a.published_at desc, a.id desc limit :limit offset :offset")
                .param("tag", tagId).param("now", utc(now)).param("limit", limit).param("offset", offset)
                .query(ArticleRepository::article).list();
    }

    long countPublicByTag(long tagId, Instant now) {
        return jdbc.sql("select count(*) from article a join article_tag t on t.article_id = a.id where t.tag_id = :tag and "
                        + IS_PUBLIC)
                .param("tag", tagId).param("now", utc(now)).query(Long.class).single();
    }

    /** Public articles sharing the most tags with the given one, newest first among equals. */
    List<Article> findPublicRelated(long articleId, int limit, Instant now) {
        return jdbc.sql("select " + CARD_COLUMNS + """
                , (select count(*) from article_tag mine join article_tag theirs on theirs.tag_id = mine.tag_id
                   where mine.article_id = :id and theirs.article_id = a.id) as shared
                from article a
                where a.id <> :id and""" + " " + IS_PUBLIC
                        + " order by shared desc, a.published_at desc, a.id desc limit :limit")
                .param("id", articleId).param("now", utc(now)).param("limit", limit)
                .query(ArticleRepository::article).list();
    }

    Optional<TagRow> findTag(String slug) {
        return jdbc.sql("select id, slug, name from tag where slug = :slug")
                .param("slug", slug).query((rs, n) -> new TagRow(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .optional();
    }

    /** Tags with at least one public article, for the sitemap. */
    List<TagLink> findTagsInUse(Instant now) {
        return jdbc.sql("""
                select distinct g.slug, g.name from tag g join article_tag t on t.tag_id = g.id
                join article a on a.id = t.article_id where""" + " " + IS_PUBLIC + " order by g.slug")
                .param("now", utc(now)).query((rs, n) -> new TagLink(rs.getString("slug"), rs.getString("name"))).list();
    }

    Map<Long, List<TagLink>> tagsOf(Collection<Long> articleIds) {
        Map<Long, List<TagLink>> tags = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("""
                select t.article_id, g.slug, g.name from article_tag t join tag g on g.id = t.tag_id
                where t.article_id in (:ids) order by g.name""")
                .param("ids", articleIds)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                            .add(new TagLink(rs.getString("slug"), rs.getString("name")));
                });
        return tags;
    }

    /** The coach's list: every article, newest change first, optionally by state and words in the title. */
    List<Article> findForAdmin(String state, String titleContains, Instant now, int limit) {
        String where = switch (state) {
            case "published" -> " where " + IS_PUBLIC;
            case "scheduled" -> " where a.status = 'PUBLISHED' and a.published_at > :now";
            case "draft" -> " where a.status = 'DRAFT'";
            default -> " where 1 = 1";
        };
        String query = titleContains == null ? "" : titleContains.strip().toLowerCase(java.util.Locale.ROOT);
        if (!query.isEmpty()) {
            where += " and lower(a.title) like :query escape '\\'";
        }
        return jdbc.sql("select " + CARD_COLUMNS + " from article a" + where
                        + " order by a.updated_at desc, a.id desc limit :limit")
                .param("now", utc(now))
                .param("query", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("limit", limit)
                .query(ArticleRepository::article).list();
    }

    Optional<Long> findBySubmission(String submissionId) {
        return jdbc.sql("select id from article where submission_id = :id").param("id", submissionId)
                .query(Long.class).optional();
    }

    void setSubmission(long id, String submissionId) {
        jdbc.sql("update article set submission_id = :submission where id = :id")
                .param("submission", submissionId).param("id", id).update();
    }

    List<TagLink> tagsOf(long articleId) {
        return tagsOf(List.of(articleId)).getOrDefault(articleId, List.of());
    }

    int delete(long id) {
        return jdbc.sql("delete from article where id = :id").param("id", id).update();
    }

    long countDemo() {
        return jdbc.sql("select count(*) from article where demo").query(Long.class).single();
    }

    int deleteDemo() {
        return jdbc.sql("delete from article where demo").update();
    }

    void markDemo(long id) {
        jdbc.sql("update article set demo = true where id = :id").param("id", id).update();
    }

    /** Claims the one-time loading of demo content; false when it happened before in this database. */
    boolean claimDemoLoad(Instant now) {
        return jdbc.sql("""
                insert into demo_content_load (id, loaded_at)
                select 1, :now from public_revision where id = 1
                and not exists (select 1 from demo_content_load)""")
                .param("now", utc(now)).update() == 1;
    }

    long insert(ArticleDraft draft, String html, int readingMinutes, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into article (slug, title, summary, body_markdown, body_html, reading_minutes, status,
                                     published_at, hero_media_id, hero_alt, created_at, updated_at)
                values (:slug, :title, :summary, :markdown, :html, :minutes, :status, :publishedAt, :hero, :heroAlt,
                        :now, :now)""")
                .params(draftParams(draft, html, readingMinutes, now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, ArticleDraft draft, String html, int readingMinutes, Instant now) {
        jdbc.sql("""
                update article set slug = :slug, title = :title, summary = :summary, body_markdown = :markdown,
                       body_html = :html, reading_minutes = :minutes, status = :status, published_at = :publishedAt,
                       hero_media_id = :hero, hero_alt = :heroAlt, updated_at = :now
                where id = :id""")
                .params(draftParams(draft, html, readingMinutes, now))
                .param("id", id)
                .update();
    }

    /** Records which library images the article shows now (its hero and those in its text), and no others. */
    void replaceImages(long articleId, Collection<Long> mediaIds) {
        jdbc.sql("delete from article_media where article_id = :id").param("id", articleId).update();
        for (long mediaId : mediaIds) {
            jdbc.sql("insert into article_media (article_id, media_id) values (:article, :media)")
                    .param("article", articleId).param("media", mediaId).update();
        }
    }

    /** Every article that shows the image (as its hero or in its text), whatever its state, by title. */
    List<ArticleRef> findShowing(long mediaId) {
        return jdbc.sql("""
                select a.id, a.slug, a.title from article a
                where a.hero_media_id = :media
                   or exists (select 1 from article_media m where m.article_id = a.id and m.media_id = :media)
                order by lower(a.title), a.id""")
                .param("media", mediaId)
                .query((rs, n) -> new ArticleRef(rs.getLong("id"), rs.getString("slug"), rs.getString("title")))
                .list();
    }

    /** Whether an article readers can see at {@code now} shows the image. */
    boolean publicArticleShows(long mediaId, Instant now) {
        return jdbc.sql("select count(*) from article_media m join article a on a.id = m.article_id"
                        + " where m.media_id = :media and " + IS_PUBLIC)
                .param("media", mediaId).param("now", utc(now)).query(Long.class).single() > 0;
    }

    void replaceTags(long articleId, List<TagLink> tags) {
        jdbc.sql("delete from article_tag where article_id = :id").param("id", articleId).update();
        for (TagLink tag : tags) {
            long tagId = findTag(tag.slug()).map(TagRow::id).orElseGet(() -> insertTag(tag));
            jdbc.sql("insert into article_tag (article_id, tag_id) values (:article, :tag)")
                    .param("article", articleId).param("tag", tagId).update();
        }
    }

    private long insertTag(TagLink tag) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into tag (slug, name) values (:slug, :name)")
                .param("slug", tag.slug()).param("name", tag.name()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Makes {@code oldSlug} answer with a redirect to the article, and frees {@code newSlug} of any redirect. */
    void moveSlug(long articleId, String oldSlug, String newSlug) {
        jdbc.sql("delete from article_slug_redirect where old_slug = :slug").param("slug", newSlug).update();
        jdbc.sql("delete from article_slug_redirect where old_slug = :slug").param("slug", oldSlug).update();
        jdbc.sql("insert into article_slug_redirect (old_slug, article_id) values (:slug, :id)")
                .param("slug", oldSlug).param("id", articleId).update();
    }

    boolean slugTaken(String slug, Long exceptArticleId) {
        return jdbc.sql("select count(*) from article where slug = :slug and id <> :id")
                .param("slug", slug).param("id", exceptArticleId == null ? -1L : exceptArticleId)
                .query(Long.class).single() > 0;
    }

    private static Map<String, Object> draftParams(ArticleDraft draft, String html, int readingMinutes, Instant now) {
        var params = new LinkedHashMap<String, Object>();
        params.put("slug", draft.slug());
        params.put("title", draft.title());
        params.put("summary", draft.summary());
        params.put("markdown", draft.bodyMarkdown());
        params.put("html", html);
        params.put("minutes", readingMinutes);
        params.put("status", draft.status().name());
        params.put("publishedAt", draft.publishedAt() == null ? null : utc(draft.publishedAt()));
        params.put("hero", draft.heroMediaId());
        params.put("heroAlt", draft.heroAlt());
        params.put("now", utc(now));
        return params;
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getString("body_markdown"), rs.getString("body_html"), rs.getInt("reading_minutes"),
                ArticleStatus.valueOf(rs.getString("status")), instant(rs, "published_at"),
                rs.getObject("hero_media_id", Long.class), rs.getString("hero_alt"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A stored tag with its id. */
    record TagRow(long id, String slug, String name) {
    }
}
