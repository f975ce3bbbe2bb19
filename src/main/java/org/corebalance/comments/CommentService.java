package org.corebalance.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corebalance.blog.ArticleRef;
import org.corebalance.blog.BlogApi;
import org.corebalance.mail.MailApi;
import org.corebalance.mail.OutgoingMail;
import org.corebalance.shared.SecretTokens;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.PublicRevision;
import org.corebalance.shared.SignedIn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives and moderates comments. A comment is stored, its moderation decided, readers' pages
 * refreshed and any reply notice queued in one transaction, so an accepted comment is never lost
 * and a notice never goes out for a comment that was not stored.
 */
@Service
class CommentService {

    /** The window in which many comments from one address or e-mail hold the next ones. */
    static final Duration BURST = Duration.ofMinutes(10);

    private final CommentRepository comments;
    private final BlogApi blog;
    private final MailApi mail;
    private final PublicRevision revision;
    private final CoreBalanceProperties properties;
    private final Clock clock;

    CommentService(CommentRepository comments, BlogApi blog, MailApi mail, PublicRevision revision,
            CoreBalanceProperties properties, Clock clock) {
        this.comments = comments;
        this.blog = blog;
        this.mail = mail;
        this.revision = revision;
        this.properties = properties;
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

    /** The new comment's id and status. */
    record Posted(long id, CommentStatus status) {
    }

    @Transactional
    Posted post(ArticleRef article, CommentForm form, Comment parent, Optional<SignedIn> staff, long recentFromAddress) {
        String text = form.bodyOrEmpty().strip();
        String email = staff.isPresent() ? null : form.emailOrEmpty().strip().toLowerCase(Locale.ROOT);
        String name = staff.map(SignedIn::name).orElseGet(() -> form.nameOrEmpty().strip());
        String website = staff.isPresent() ? null : form.normalisedWebsite();
        Instant now = clock.instant();
        var facts = new Moderation.Facts(form.robot(), staff.isPresent(), email != null && comments.hasApprovedFrom(email),
                CommentMarkdown.links(text), String.join("\n", name, text, website == null ? "" : website),
                form.elapsedMillis(), recentFromAddress, email == null ? 0 : comments.countFrom(email, now.minus(BURST)) + 1,
                comments.settings().blockedWordList());
        Moderation.Decision decision = Moderation.decide(facts);
        boolean notify = form.wantsReplies() && email != null && decision.status() != CommentStatus.SPAM;
        long id = comments.insert(new CommentRepository.NewComment(article.id(), parent == null ? null : parent.id(), name,
                email, website, staff.map(SignedIn::id).orElse(null), staff.isPresent(), text, CommentMarkdown.render(text),
                decision.status(), decision.reason(), notify, notify ? SecretTokens.random() : null), now);
        if (decision.status() == CommentStatus.APPROVED) {
            revision.bump();
            tellParentAuthor(comments.find(id).orElseThrow());
        }
        return new Posted(id, decision.status());
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
                comments.findAll(approved).forEach(this::tellParentAuthor);
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

    /** Tells the author of the comment a reply was written under, if they asked and it is not their own reply. */
    private void tellParentAuthor(Comment reply) {
        if (reply.parentId() == null) {
            return;
        }
        Comment parent = comments.find(reply.parentId()).orElse(null);
        if (parent == null || !parent.notifyReplies() || parent.authorEmail() == null
                || parent.status() != CommentStatus.APPROVED || parent.authorEmail().equals(reply.authorEmail())) {
            return;
        }
        ArticleRef article = blog.articles(Set.of(reply.articleId())).get(reply.articleId());
        if (article == null) {
            return;
        }
        String link = properties.baseUrl() + article.path() + "#comment-" + reply.id();
        String stop = properties.baseUrl() + "/comments/stop?token=" + parent.notifyToken();
        var headers = new LinkedHashMap<String, String>();
        headers.put("List-Unsubscribe", "<" + stop + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        String who = reply.byCoach() ? reply.authorName() + " (the coach)" : reply.authorName();
        mail.send(new OutgoingMail(parent.authorEmail(), parent.authorName(),
                "New reply to your comment on \u201c" + article.title() + "\u201d",
                """
                Hello %s,

                %s replied to your comment on "%s":

                %s

                Read the conversation: %s

                You get this because you asked to hear about replies to your comment. Stop these e-mails in one click: %s
                """.formatted(parent.authorName(), who, article.title(), reply.bodyMarkdown(), link, stop),
                null, headers, "comment-reply"));
    }
}
