package org.corebalance.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corebalance.blog.ArticleRef;
import org.corebalance.shared.SecretTokens;
import org.corebalance.shared.SignedIn;
import org.corebalance.system.FormRateLimiter;
import org.corebalance.system.PublicRevision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives and moderates comments, at most {@link #PER_ADDRESS} from one network address in
 * {@link #BURST}. A comment is stored, its moderation decided and readers' pages refreshed in one
 * transaction; with it {@link CommentHeld} is published when it waits for the coach, and
 * {@link ReplyPublished} when a reply someone asked to hear of becomes visible, so the notice goes
 * out once the reply is committed and never for one that was not.
 */
@Service
class CommentService {

    /** The window in which many comments from one address or e-mail hold the next ones. */
    static final Duration BURST = Duration.ofMinutes(10);
    /** Comments one network address may send in {@link #BURST}; more are refused. */
    static final int PER_ADDRESS = 30;

    private final CommentRepository comments;
    private final FormRateLimiter limiter;
    private final PublicRevision revision;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentRepository comments, FormRateLimiter limiter, PublicRevision revision,
            ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.limiter = limiter;
        this.revision = revision;
        this.events = events;
        this.clock = clock;
    }

    /** Whether someone may comment on an article now. */
    enum Permission {
        OPEN, CLOSED, MEMBERS_ONLY
    }

    Permission permission(ArticleRef article, boolean signedIn) {
        CommentSettings settings = comments.settings();
        if (!settings.enabled() || comments.isClosed(article.id())) {
            return Permission.CLOSED;
        }
        if (settings.audience() == CommentSettings.Audience.MEMBERS && !signedIn) {
            return Permission.MEMBERS_ONLY;
        }
        return Permission.OPEN;
    }

    /**
     * The comment a reply hangs under: the top-level comment itself, or the one a reply was
     * written under (there is one level of replies). Empty when it is no visible comment of this article.
     */
    Optional<Comment> replyTarget(ArticleRef article, long parentId) {
        return comments.find(parentId)
                .filter(parent -> parent.articleId() == article.id() && parent.status() == CommentStatus.APPROVED)
                .flatMap(parent -> parent.parentId() == null ? Optional.of(parent) : comments.find(parent.parentId()));
    }

    /** An article's visible comments, oldest first. */
    List<Comment> approvedOn(long articleId) {
        return comments.approvedOn(articleId);
    }

    /** The new comment's id and status. */
    record Posted(long id, CommentStatus status) {
    }

    /**
     * Stores a checked comment from a client's address and decides its moderation; empty, storing
     * nothing, when that address has sent too many (the refused send counts too).
     */
    @Transactional
    Optional<Posted> post(ArticleRef article, CommentForm form, Comment parent, Optional<SignedIn> staff, String clientAddress) {
        if (!limiter.allow("comment", clientAddress, PER_ADDRESS, BURST)) {
            return Optional.empty();
        }
        String text = form.bodyOrEmpty().strip();
        String email = staff.isPresent() ? null : form.emailOrEmpty().strip().toLowerCase(Locale.ROOT);
        String name = staff.map(SignedIn::name).orElseGet(() -> form.nameOrEmpty().strip());
        String website = staff.isPresent() ? null : form.normalisedWebsite();
        Instant now = clock.instant();
        var facts = new Moderation.Facts(form.robot(), staff.isPresent(), email != null && comments.hasApprovedFrom(email),
                CommentMarkdown.links(text), String.join("\n", name, text, website == null ? "" : website),
                form.elapsedMillis(), limiter.count("comment", clientAddress, BURST),
                email == null ? 0 : comments.countFrom(email, now.minus(BURST)) + 1, comments.settings().blockedWordList());
        Moderation.Decision decision = Moderation.decide(facts);
        boolean notify = form.wantsReplies() && email != null && decision.status() != CommentStatus.SPAM;
        long id = comments.insert(new CommentRepository.NewComment(article.id(), parent == null ? null : parent.id(), name,
                email, website, staff.map(SignedIn::id).orElse(null), staff.isPresent(), text, CommentMarkdown.render(text),
                decision.status(), decision.reason(), notify, notify ? SecretTokens.random() : null), now);
        if (decision.status() == CommentStatus.PENDING) {
            events.publishEvent(new CommentHeld(id));
        } else if (decision.status() == CommentStatus.APPROVED) {
            revision.bump();
            announceReply(comments.find(id).orElseThrow());
        }
        return Optional.of(new Posted(id, decision.status()));
    }

    /** Why the coach cannot reply to a comment from the queue. */
    enum ReplyRefusal {
        GONE("There is no such comment; it may have been deleted."),
        SPAM("This comment is marked as spam. Approve it first if you want to answer it."),
        THREAD_HIDDEN("The comment this one answers is not published. Approve that one first, then reply.");

        private final String message;

        ReplyRefusal(String message) {
            this.message = message;
        }

        String message() {
            return message;
        }
    }

    /** What replying from the queue did: the reply's id, or why there is none (the id is then 0). */
    record QueueReply(long replyId, ReplyRefusal refusal) {
    }

    /**
     * The coach's reply to a comment from the moderation queue, published at once under it (or,
     * for a reply, under the comment it answers: there is one level of replies). A held comment is
     * approved with it, since a reply under a hidden comment would make no sense. {@code text} has
     * been checked ({@link CommentForm#checkReply}).
     */
    @Transactional
    QueueReply replyFromQueue(long commentId, String text, SignedIn coach) {
        // Held (with its thread's first comment) until the reply is in: another member of staff may be
        // deleting it or marking it as spam at this moment.
        Comment comment = comments.findForUpdate(commentId).orElse(null);
        if (comment == null) {
            return new QueueReply(0, ReplyRefusal.GONE);
        }
        if (comment.status() == CommentStatus.SPAM) {
            return new QueueReply(0, ReplyRefusal.SPAM);
        }
        if (comment.parentId() != null
                && comments.findForUpdate(comment.parentId()).filter(parent -> parent.status() == CommentStatus.APPROVED).isEmpty()) {
            return new QueueReply(0, ReplyRefusal.THREAD_HIDDEN);
        }
        if (comment.status() == CommentStatus.PENDING) {
            moderate(List.of(comment.id()), "approve");
        }
        long thread = comment.parentId() == null ? comment.id() : comment.parentId();
        String body = text.strip();
        long id = comments.insert(new CommentRepository.NewComment(comment.articleId(), thread, coach.name(), null, null,
                coach.id(), true, body, CommentMarkdown.render(body), CommentStatus.APPROVED, null, false, null), clock.instant());
        revision.bump();
        announceReply(comments.find(id).orElseThrow());
        return new QueueReply(id, null);
    }

    Optional<Comment> find(long id) {
        return comments.find(id);
    }

    /** The moderation queue for one status, newest first, at most {@code limit}. */
    List<Comment> withStatus(CommentStatus status, int limit) {
        return comments.withStatus(status, limit);
    }

    /** How many comments wait, are visible and are kept as spam. */
    Map<CommentStatus, Long> counts() {
        return comments.counts();
    }

    CommentSettings settings() {
        return comments.settings();
    }

    /** The articles whose comments the coach closed. */
    Set<Long> closedArticles() {
        return comments.closedArticles();
    }

    /** The coach's decisions in the queue, for one comment or many; returns how many changed. */
    @Transactional
    int moderate(Collection<Long> ids, String action) {
        if (ids.isEmpty()) {
            return 0;
        }
        boolean visibleBefore = comments.findAll(ids).stream().anyMatch(c -> c.status() == CommentStatus.APPROVED);
        int changed;
        switch (action) {
            case "approve" -> {
                List<Long> approved = comments.setStatus(ids, CommentStatus.APPROVED, clock.instant());
                comments.findAll(approved).forEach(this::announceReply);
                changed = approved.size();
                visibleBefore |= changed > 0;
            }
            case "spam" -> changed = comments.setStatus(ids, CommentStatus.SPAM, clock.instant()).size();
            case "delete" -> changed = comments.delete(ids);
            default -> throw new IllegalArgumentException("unknown action");
        }
        if (visibleBefore) {
            revision.bump();
        }
        return changed;
    }

    /** Saves the settings and which of the listed articles are closed; readers' pages change with them. */
    @Transactional
    void saveSettings(CommentSettings settings, Collection<Long> listedArticles, Collection<Long> closedArticles) {
        comments.saveSettings(settings, clock.instant());
        comments.setClosed(listedArticles, closedArticles, clock.instant());
        revision.bump();
    }

    @Transactional
    boolean stopNotices(String token) {
        return SecretTokens.plausible(token) && (comments.stopNotices(token) || comments.tokenExists(token));
    }

    /** Announces a reply that became visible, when the author of the comment it answers asked to hear of it. */
    private void announceReply(Comment reply) {
        if (reply.parentId() != null && comments.find(reply.parentId()).filter(parent -> parent.wantsToHearOf(reply)).isPresent()) {
            events.publishEvent(new ReplyPublished(reply.id()));
        }
    }
}
