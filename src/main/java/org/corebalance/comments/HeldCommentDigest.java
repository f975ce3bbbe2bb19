package org.corebalance.comments;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corebalance.blog.ArticleRef;
import org.corebalance.blog.BlogApi;
import org.corebalance.mail.MailApi;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the coach about comments waiting for them: one e-mail for everything held since the last
 * one, at most every {@link #EVERY}, never one per comment. Each comment is in one such e-mail.
 */
@Component
class HeldCommentDigest {

    static final Duration EVERY = Duration.ofMinutes(15);
    static final String TASK = "held-comment-digest";
    private static final int MAX_LISTED = 50;

    private final CommentRepository comments;
    private final BlogApi blog;
    private final MailApi mail;
    private final CoreBalanceProperties properties;
    private final Clock clock;

    HeldCommentDigest(CommentRepository comments, BlogApi blog, MailApi mail,
            CoreBalanceProperties properties, Clock clock) {
        this.comments = comments;
        this.blog = blog;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** The background job; it calls the digest through its transactional proxy. */
    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        RecurringTask<Void> heldCommentDigestJob(HeldCommentDigest digest) {
            return Tasks.recurring(TASK, FixedDelay.of(EVERY)).execute((instance, context) -> digest.sendDue());
        }
    }

    /** Queues one e-mail about every held comment not yet told; returns how many it lists. */
    @Transactional
    int sendDue() {
        List<Comment> held = comments.heldNotYetTold(MAX_LISTED);
        if (held.isEmpty() || comments.markTold(held.stream().map(Comment::id).toList(), clock.instant()) != held.size()) {
            return 0;
        }
        Map<Long, ArticleRef> articles = blog.articles(held.stream().map(Comment::articleId).collect(Collectors.toSet()));
        var text = new StringBuilder();
        text.append(held.size() == 1 ? "One comment is" : held.size() + " comments are")
                .append(" waiting for you before readers can see ").append(held.size() == 1 ? "it" : "them").append(":\n\n");
        for (Comment comment : held) {
            ArticleRef article = articles.get(comment.articleId());
            String excerpt = comment.bodyMarkdown().length() > 200 ? comment.bodyMarkdown().substring(0, 200) + "\u2026"
                    : comment.bodyMarkdown();
            text.append("- ").append(comment.authorName()).append(" on \"")
                    .append(article == null ? "an article" : article.title()).append("\" (")
                    .append(comment.heldReason()).append("):\n  ").append(excerpt.replaceAll("\\R", "\n  ")).append("\n\n");
        }
        text.append("Approve, mark as spam or delete them: ").append(properties.baseUrl()).append("/admin/comments\n");
        mail.sendToPractice(held.size() == 1 ? "A comment is waiting for you" : held.size() + " comments are waiting for you",
                text.toString(), Map.of(), "comments-held");
        return held.size();
    }
}
