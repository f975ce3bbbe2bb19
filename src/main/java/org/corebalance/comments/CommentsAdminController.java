package org.corebalance.comments;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corebalance.blog.ArticleRef;
import org.corebalance.blog.BlogApi;
import org.corebalance.shared.FieldErrors;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/comments: the moderation queue (approve, mark as spam, delete; one or many at once) and,
 * for the owner, the comment settings.
 */
@Controller
class CommentsAdminController {

    static final Set<String> BOXES = Set.of("held", "published", "spam");
    static final Set<String> ACTIONS = Set.of("approve", "spam", "delete");
    private static final int PAGE = 200;
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a", Locale.US);

    private final CommentService comments;
    private final BlogApi blog;
    private final PracticeSettingsService settings;

    CommentsAdminController(CommentService comments, BlogApi blog, PracticeSettingsService settings) {
        this.comments = comments;
        this.blog = blog;
        this.settings = settings;
    }

    @GetMapping("/admin/comments")
    String queue(@RequestParam(defaultValue = "held") String box, @RequestParam(required = false) String done, Model model) {
        if (!BOXES.contains(box)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CommentStatus status = box.equals("held") ? CommentStatus.PENDING
                : box.equals("published") ? CommentStatus.APPROVED : CommentStatus.SPAM;
        List<Comment> listed = comments.withStatus(status, PAGE);
        Map<Long, ArticleRef> articles = blog.articles(listed.stream().map(Comment::articleId).collect(Collectors.toSet()));
        ZoneId zone = settings.current().timeZone();
        List<CommentsAdminPage.Row> rows = listed.stream().map(c -> {
            ArticleRef article = articles.get(c.articleId());
            return new CommentsAdminPage.Row(c.id(), article == null ? "(removed)" : article.title(),
                    article == null ? null : article.path(), c.authorName(), c.authorEmail(), c.authorWebsite(), c.byCoach(),
                    c.parentId() != null, c.bodyHtml(), c.heldReason(), RECEIVED.format(c.createdAt().atZone(zone)));
        }).toList();
        Map<CommentStatus, Long> counts = comments.counts();
        model.addAttribute("page", new CommentsAdminPage(box, counts.get(CommentStatus.PENDING),
                counts.get(CommentStatus.APPROVED), counts.get(CommentStatus.SPAM), rows,
                done != null && done.matches("\\d{1,4} (approved|marked as spam|deleted)") ? done : null));
        return "comments/admin";
    }

    @PostMapping("/admin/comments/{id}/{action}")
    String moderateOne(@PathVariable long id, @PathVariable String action, @RequestParam(defaultValue = "held") String box,
            RedirectAttributes redirect) {
        return moderate(List.of(id), action, box, redirect);
    }

    @PostMapping("/admin/comments")
    String moderateMany(@RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "held") String box,
            RedirectAttributes redirect) {
        return moderate(ids == null ? List.of() : ids, action, box, redirect);
    }

    private String moderate(List<Long> ids, String action, String box, RedirectAttributes redirect) {
        if (!ACTIONS.contains(action) || !BOXES.contains(box) || ids.size() > PAGE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action.");
        }
        int changed = comments.moderate(new HashSet<>(ids), action);
        redirect.addAttribute("box", box);
        redirect.addAttribute("done", changed + " " + (action.equals("approve") ? "approved"
                : action.equals("spam") ? "marked as spam" : "deleted"));
        return "redirect:/admin/comments";
    }

    @GetMapping("/admin/comments/settings")
    String settings(@RequestParam(required = false) String saved, Model model) {
        model.addAttribute("page", settingsPage(comments.settings(), comments.closedArticles(), FieldErrors.none(), saved != null));
        return "comments/settings";
    }

    @PostMapping("/admin/comments/settings")
    String saveSettings(@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String audience,
            @RequestParam(defaultValue = "") String blockedWords, @RequestParam(name = "open", required = false) List<Long> open,
            HttpServletResponse response, Model model) {
        FieldErrors errors = FieldErrors.none();
        CommentSettings.Audience who = null;
        try {
            who = CommentSettings.Audience.valueOf(audience);
        } catch (IllegalArgumentException e) {
            errors = errors.with("audience", "Please choose who may comment.");
        }
        if (blockedWords.length() > 4000) {
            errors = errors.with("blockedWords", "Keep the list under 4,000 characters.");
        }
        Set<Long> listed = blog.publicArticles().stream().map(ArticleRef::id).collect(Collectors.toSet());
        Set<Long> openIds = open == null ? Set.of() : Set.copyOf(open);
        Set<Long> closed = listed.stream().filter(id -> !openIds.contains(id)).collect(Collectors.toSet());
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("page", settingsPage(new CommentSettings(enabled, CommentSettings.Audience.EVERYONE, blockedWords),
                    closed, errors, false));
            return "comments/settings";
        }
        comments.saveSettings(new CommentSettings(enabled, who, blockedWords.strip()), listed, closed);
        return "redirect:/admin/comments/settings?saved";
    }

    private CommentSettingsPage settingsPage(CommentSettings current, Set<Long> closed, FieldErrors errors, boolean saved) {
        List<CommentSettingsPage.ArticleSwitch> switches = blog.publicArticles().stream()
                .map(a -> new CommentSettingsPage.ArticleSwitch(a.id(), a.title(), !closed.contains(a.id()))).toList();
        return new CommentSettingsPage(current.enabled(), current.audience().name(), current.blockedWords(), switches, errors, saved);
    }
}
