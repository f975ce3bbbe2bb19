package org.corebalance.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Comments, the comment settings and the articles whose comments are closed. */
@Repository
class CommentRepository {

    private static final String COLUMNS = """
            id, article_id, parent_id, author_name, author_email, author_website, by_coach, body_markdown, body_html,
            status, held_reason, notify_replies, notify_token, created_at""";

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new comment to store; everything but its id and moderation times. */
    record NewComment(long articleId, Long parentId, String authorName, String authorEmail, String authorWebsite,
            Long accountId, boolean byCoach, String bodyMarkdown, String bodyHtml, CommentStatus status,
            String heldReason, boolean notifyReplies, String notifyToken) {
    }

    long insert(NewComment comment, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into comment (article_id, parent_id, author_name, author_email, author_website, account_id, by_coach,
                                     body_markdown, body_html, status, held_reason, notify_replies, notify_token, created_at,
                                     moderated_at)
                values (:article, :parent, :name, :email, :website, :account, :coach, :markdown, :html, :status, :reason,
                        :notify, :token, :now, :moderated)""")
                .param("article", comment.articleId()).param("parent", comment.parentId())
                .param("name", comment.authorName()).param("email", comment.authorEmail())
                .param("website", comment.authorWebsite()).param("account", comment.accountId())
                .param("coach", comment.byCoach()).param("markdown", comment.bodyMarkdown())
                .param("html", comment.bodyHtml()).param("status", comment.status().name())
                .param("reason", comment.heldReason()).param("notify", comment.notifyReplies())
                .param("token", comment.notifyToken()).param("now", utc(now))
                .param("moderated", comment.status() == CommentStatus.PENDING ? null : utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Comment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from comment where id = :id").param("id", id)
                .query(CommentRepository::comment).optional();
    }

    /** The comment, its row held until the transaction ends, so it cannot be deleted or marked as spam meanwhile. */
    Optional<Comment> findForUpdate(long id) {
        return jdbc.sql("select " + COLUMNS + " from comment where id = :id for update").param("id", id)
                .query(CommentRepository::comment).optional();
    }

    List<Comment> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from comment where id in (:ids)").param("ids", List.copyOf(ids))
                .query(CommentRepository::comment).list();
    }

    /** An article's visible comments, oldest first (replies are grouped under their parents by the caller). */
    List<Comment> approvedOn(long articleId) {
        return jdbc.sql("select " + COLUMNS + " from comment where article_id = :article and status = 'APPROVED' order by created_at, id")
                .param("article", articleId).query(CommentRepository::comment).list();
    }

    /** The moderation queue for one status, newest first. */
    List<Comment> withStatus(CommentStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from comment where status = :status order by created_at desc, id desc limit :limit")
                .param("status", status.name()).param("limit", limit).query(CommentRepository::comment).list();
    }

    Map<CommentStatus, Long> counts() {
        var counts = new java.util.EnumMap<CommentStatus, Long>(CommentStatus.class);
        for (CommentStatus status : CommentStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from comment group by status")
                .query((rs, row) -> counts.put(CommentStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    boolean hasApprovedFrom(String email) {
        return jdbc.sql("select count(*) from comment where author_email = :email and status = 'APPROVED'")
                .param("email", email).query(Long.class).single() > 0;
    }

    long countFrom(String email, Instant since) {
        return jdbc.sql("select count(*) from comment where author_email = :email and created_at > :since")
                .param("email", email).param("since", utc(since)).query(Long.class).single();
    }

    /** Moves comments to a status; returns the ids that changed (a comment already there is left alone). */
    List<Long> setStatus(Collection<Long> ids, CommentStatus status, Instant now) {
        List<Long> changing = jdbc.sql("select id from comment where id in (:ids) and status <> :status")
                .param("ids", List.copyOf(ids)).param("status", status.name()).query(Long.class).list();
        if (!changing.isEmpty()) {
            jdbc.sql("update comment set status = :status, moderated_at = :now where id in (:ids)")
                    .param("status", status.name()).param("now", utc(now)).param("ids", changing).update();
        }
        return changing;
    }

    int delete(Collection<Long> ids) {
        return jdbc.sql("delete from comment where id in (:ids)").param("ids", List.copyOf(ids)).update();
    }

    /** Turns reply notices off for the comment with this token; true when one had them on. */
    boolean stopNotices(String token) {
        return jdbc.sql("update comment set notify_replies = false where notify_token = :token and notify_replies = true")
                .param("token", token).update() > 0;
    }

    boolean tokenExists(String token) {
        return jdbc.sql("select count(*) from comment where notify_token = :token").param("token", token)
                .query(Long.class).single() > 0;
    }

    /** Held comments the coach has not been told about yet, oldest first. */
    List<Comment> heldNotYetTold(int limit) {
        return jdbc.sql("select " + COLUMNS + " from comment where status = 'PENDING' and coach_told_at is null order by created_at, id limit :limit")
                .param("limit", limit).query(CommentRepository::comment).list();
    }

    /** Marks comments as told; returns the ids this call marked (another instance may have been first). */
    int markTold(Collection<Long> ids, Instant now) {
        return jdbc.sql("update comment set coach_told_at = :now where id in (:ids) and coach_told_at is null")
                .param("now", utc(now)).param("ids", List.copyOf(ids)).update();
    }

    CommentSettings settings() {
        return jdbc.sql("select enabled, audience, blocked_words from comment_settings where id = 1")
                .query((rs, row) -> new CommentSettings(rs.getBoolean("enabled"),
                        CommentSettings.Audience.valueOf(rs.getString("audience")), rs.getString("blocked_words")))
                .optional().orElse(CommentSettings.DEFAULTS);
    }

    void saveSettings(CommentSettings settings, Instant now) {
        int updated = jdbc.sql("update comment_settings set enabled = :enabled, audience = :audience, blocked_words = :words, updated_at = :now where id = 1")
                .param("enabled", settings.enabled()).param("audience", settings.audience().name())
                .param("words", settings.blockedWords()).param("now", utc(now)).update();
        if (updated == 0) {
            jdbc.sql("insert into comment_settings (id, enabled, audience, blocked_words, updated_at) values (1, :enabled, :audience, :words, :now)")
                    .param("enabled", settings.enabled()).param("audience", settings.audience().name())
                    .param("words", settings.blockedWords()).param("now", utc(now)).update();
        }
    }

    boolean isClosed(long articleId) {
        return jdbc.sql("select count(*) from comment_closed_article where article_id = :article").param("article", articleId)
                .query(Long.class).single() > 0;
    }

    Set<Long> closedArticles() {
        return jdbc.sql("select article_id from comment_closed_article").query(Long.class).list().stream()
                .collect(Collectors.toSet());
    }

    /** Of the articles listed, closes exactly {@code closed}; others keep their state. */
    void setClosed(Collection<Long> listed, Collection<Long> closed, Instant now) {
        if (!listed.isEmpty()) {
            jdbc.sql("delete from comment_closed_article where article_id in (:ids)").param("ids", List.copyOf(listed)).update();
        }
        for (Long id : closed) {
            jdbc.sql("insert into comment_closed_article (article_id, closed_at) values (:article, :now)")
                    .param("article", id).param("now", utc(now)).update();
        }
    }

    private static Comment comment(ResultSet rs, int row) throws SQLException {
        return new Comment(rs.getLong("id"), rs.getLong("article_id"), rs.getObject("parent_id", Long.class),
                rs.getString("author_name"), rs.getString("author_email"), rs.getString("author_website"),
                rs.getBoolean("by_coach"), rs.getString("body_markdown"), rs.getString("body_html"),
                CommentStatus.valueOf(rs.getString("status")), rs.getString("held_reason"), rs.getBoolean("notify_replies"),
                rs.getString("notify_token"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
