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
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Tells the coach about comments waiting for them: one e-mail for everything held since the last
 * one, at most every {@link #EVERY}, never one per comment. Each comment is in one such e-mail.
 * It reads the queue rather than listening for {@link CommentHeld}: a batch is whatever waits
 * untold when the job runs, and the queue already keeps that, across restarts and instances.
 */
@Component
class HeldCommentDigest {

    static final Duration EVERY = Duration.ofMinutes(15);
    static final String TASK = "held-comment-digest";
    private static final int MAX_LISTED = 50;
    private static final int EXCERPT = 200;

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

    /** Queues one e-mail about every held comment not yet told. */
    @Transactional
    void sendDue() {
        List<Comment> held = comments.heldNotYetTold(MAX_LISTED);
        if (held.isEmpty()) {
            return;
        }
        if (comments.markTold(held.stream().map(Comment::id).toList(), clock.instant()) != held.size()) {
            // Another pass marked some of them first; keep none of this pass's marks, so no comment
            // counts as told without being in a digest. The next pass lists what is left.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return;
        }
        Map<Long, ArticleRef> articles = blog.articles(held.stream().map(Comment::articleId).collect(Collectors.toSet()));
        List<HeldCommentsMail.Held> listed = held.stream().map(comment -> {
            ArticleRef article = articles.get(comment.articleId());
            return new HeldCommentsMail.Held(comment.authorName(), article == null ? "an article" : article.title(),
                    comment.heldReason(), excerpt(comment.bodyMarkdown()));
        }).toList();
        mail.sendToPractice("comments/mail/held", new HeldCommentsMail(listed, properties.baseUrl() + "/admin/comments"),
                "comments-held", Map.of());
    }

    private static String excerpt(String text) {
        return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "\u2026" : text;
    }
}
