package org.corebalance.comments;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corebalance.blog.ArticleDiscussion;
import org.corebalance.blog.ArticleRef;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.system.CsrfTokens;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * The comments under each article, for the article page and for the comment form's own answers.
 * For an anonymous reader without a session it depends only on the article and the address's own
 * parameters ({@code reply}, {@code comment}), so the article page stays the same for every such reader;
 * a reader with a session (never served from the page cache) also gets the session's CSRF token.
 */
@Component
class CommentDiscussion implements ArticleDiscussion {

    static final String TEMPLATE = "comments/_section.jte";
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final CommentService service;
    private final WhoIsSignedIn whoIsSignedIn;
    private final PracticeSettingsService settings;
    private final TemplateEngine templates;
    private final MailApi mail;

    CommentDiscussion(CommentService service, WhoIsSignedIn whoIsSignedIn, PracticeSettingsService settings,
            TemplateEngine templates, MailApi mail) {
        this.service = service;
        this.whoIsSignedIn = whoIsSignedIn;
        this.settings = settings;
        this.templates = templates;
        this.mail = mail;
    }

    @Override
    public Content of(ArticleRef article, HttpServletRequest request) {
        Long replyTo = number(request.getParameter("reply"));
        String notice = request.getParameter("comment");
        if (!"held".equals(notice) && !"published".equals(notice)) {
            notice = null;
        }
        CommentForm form = replyTo == null ? CommentForm.empty() : CommentForm.replyTo(replyTo);
        CommentsSection section = section(article, request, form, FieldErrors.none(), notice);
        return output -> templates.render(TEMPLATE, Map.of("section", section), output);
    }

    CommentsSection section(ArticleRef article, HttpServletRequest request, CommentForm form, FieldErrors errors, String notice) {
        Optional<SignedIn> staff = whoIsSignedIn.currentStaff();
        List<CommentView> threads = threads(service.approvedOn(article.id()));
        CommentView replyingTo = null;
        if (form.parent() != null) {
            replyingTo = service.replyTarget(article, form.parent())
                    .flatMap(parent -> threads.stream().filter(t -> t.id() == parent.id()).findFirst())
                    .orElse(null);
            if (replyingTo == null) {
                form = new CommentForm(form.name(), form.email(), form.website(), form.body(), form.notifyReplies(), null, "", "");
            }
        }
        int count = threads.stream().mapToInt(t -> 1 + t.replies().size()).sum();
        // Anyone with a session (the coach, or a reader who once opened the sign-in page) must send its
        // token, or the post is refused; readers without one get the same token-free page as everyone.
        CsrfToken csrf = staff.isPresent() ? CsrfTokens.of(request) : CsrfTokens.ifSession(request);
        return new CommentsSection(article, threads, count, service.permission(article, staff.isPresent()).name(), form, errors,
                replyingTo, notice, staff.orElse(null), csrf, mail.deliveryConfigured());
    }

    private List<CommentView> threads(List<Comment> approved) {
        ZoneId zone = settings.current().timeZone();
        var tops = new LinkedHashMap<Long, Comment>();
        var replies = new LinkedHashMap<Long, List<CommentView>>();
        for (Comment comment : approved) {
            if (comment.parentId() == null) {
                tops.put(comment.id(), comment);
            }
        }
        for (Comment comment : approved) {
            if (comment.parentId() != null && tops.containsKey(comment.parentId())) {
                replies.computeIfAbsent(comment.parentId(), id -> new ArrayList<>()).add(view(comment, List.of(), zone));
            }
        }
        return tops.values().stream().map(top -> view(top, replies.getOrDefault(top.id(), List.of()), zone)).toList();
    }

    private static CommentView view(Comment comment, List<CommentView> replies, ZoneId zone) {
        return new CommentView(comment.id(), comment.authorName(), comment.authorWebsite(), comment.byCoach(),
                comment.createdAt().truncatedTo(ChronoUnit.SECONDS).toString(), DISPLAY.format(comment.createdAt().atZone(zone)),
                comment.bodyHtml(), List.copyOf(replies));
    }

    private static Long number(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }
}
