package org.corebalance.comments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corebalance.blog.ArticleRef;
import org.corebalance.blog.BlogApi;
import org.corebalance.shared.PracticeTime;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.stereotype.Component;

/**
 * The moderation queue as the coach reads it: one box's comments with their articles and the
 * times they came in (in the practice's time zone), the counts of every box, and what was just done.
 */
@Component
class ModerationQueue {

    /** The most comments one box shows, and the most one action takes. */
    static final int PAGE = 200;

    private final CommentService comments;
    private final BlogApi blog;
    private final PracticeSettingsService settings;

    ModerationQueue(CommentService comments, BlogApi blog, PracticeSettingsService settings) {
        this.comments = comments;
        this.blog = blog;
        this.settings = settings;
    }

    /** One box ("held", "published" or "spam"), with a notice of what was just done and a reply being written, if any. */
    CommentsAdminPage box(String box, CommentsAdminPage.Notice notice, CommentsAdminPage.Reply reply) {
        CommentStatus status = box.equals("held") ? CommentStatus.PENDING
                : box.equals("published") ? CommentStatus.APPROVED : CommentStatus.SPAM;
        List<Comment> listed = comments.withStatus(status, PAGE);
        Map<Long, ArticleRef> articles = blog.articles(listed.stream().map(Comment::articleId).collect(Collectors.toSet()));
        PracticeTime time = settings.current().time();
        List<CommentsAdminPage.Row> rows = listed.stream().map(c -> {
            ArticleRef article = articles.get(c.articleId());
            return new CommentsAdminPage.Row(c.id(), article == null ? "(removed)" : article.title(),
                    article == null ? null : article.path(), c.authorName(), c.authorEmail(), c.authorWebsite(), c.byCoach(),
                    c.parentId() != null, c.bodyHtml(), c.heldReason(), time.dateTime(c.createdAt()));
        }).toList();
        return page(box, rows, notice, reply);
    }

    /** The counts and the notice that a reply from {@code box} is published, for the queue changed in place. */
    CommentsAdminPage afterReply(String box, long replyId) {
        CommentsAdminPage.Notice notice = replyNotice(replyId, box);
        return page(box, List.of(), notice != null ? notice : new CommentsAdminPage.Notice("Your reply is published", null),
                CommentsAdminPage.Reply.NONE);
    }

    /** "Your reply is published", with a link to it under its article; null when there is no such reply. */
    CommentsAdminPage.Notice replyNotice(long replyId, String box) {
        return comments.find(replyId).filter(c -> c.byCoach() && c.status() == CommentStatus.APPROVED).map(reply -> {
            ArticleRef article = blog.articles(Set.of(reply.articleId())).get(reply.articleId());
            String text = box.equals("held") ? "Approved, and your reply is published" : "Your reply is published";
            return new CommentsAdminPage.Notice(text, article == null ? null : article.path() + "#comment-" + reply.id());
        }).orElse(null);
    }

    private CommentsAdminPage page(String box, List<CommentsAdminPage.Row> rows, CommentsAdminPage.Notice notice,
            CommentsAdminPage.Reply reply) {
        Map<CommentStatus, Long> counts = comments.counts();
        return new CommentsAdminPage(box, counts.get(CommentStatus.PENDING), counts.get(CommentStatus.APPROVED),
                counts.get(CommentStatus.SPAM), rows, notice, reply);
    }
}
