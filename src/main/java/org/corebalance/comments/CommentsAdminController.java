package org.corebalance.comments;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corebalance.blog.ArticleRef;
import org.corebalance.blog.BlogApi;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.system.Htmx;
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
 * /admin/comments: the moderation queue (approve, mark as spam, delete; one or many at once; reply)
 * and, for the owner, the comment settings.
 */
@Controller
class CommentsAdminController {

    static final Set<String> BOXES = Set.of("held", "published", "spam");
    static final Set<String> ACTIONS = Set.of("approve", "spam", "delete");

    private final CommentService comments;
    private final ModerationQueue queue;
    private final BlogApi blog;
    private final WhoIsSignedIn whoIsSignedIn;

    CommentsAdminController(CommentService comments, ModerationQueue queue, BlogApi blog, WhoIsSignedIn whoIsSignedIn) {
        this.comments = comments;
        this.queue = queue;
        this.blog = blog;
        this.whoIsSignedIn = whoIsSignedIn;
    }

    @GetMapping("/admin/comments")
    String queue(@RequestParam(defaultValue = "held") String box, @RequestParam(required = false) String done,
            @RequestParam(required = false) Long replied, Model model) {
        if (!BOXES.contains(box)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CommentsAdminPage.Notice notice = replied != null ? queue.replyNotice(replied, box)
                : done != null && done.matches("\\d{1,4} (approved|marked as spam|deleted)") ? new CommentsAdminPage.Notice(done, null)
                : null;
        model.addAttribute("page", queue.box(box, notice, CommentsAdminPage.Reply.NONE));
        return "comments/admin";
    }

    /**
     * The coach's reply from the queue, which approves a held comment first. Without htmx the
     * queue comes back (post, redirect, get) saying so; with htmx the comment's place in the queue
     * says so. An empty or too long reply comes back with its message and the text kept, and so
     * does one to a comment that is gone or was marked as spam meanwhile.
     */
    @PostMapping("/admin/comments/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "held") String box, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (!BOXES.contains(box) || box.equals("spam")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Replies are written in the waiting or published box.");
        }
        String problem = CommentForm.checkReply(body);
        if (problem != null) {
            return again(id, box, body, problem, HttpStatus.UNPROCESSABLE_CONTENT, request, response, model);
        }
        SignedIn coach = whoIsSignedIn.currentStaff().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        CommentService.QueueReply reply = comments.replyFromQueue(id, body, coach);
        if (reply.refusal() != null) {
            return again(id, box, body, reply.refusal().message(),
                    reply.refusal() == CommentService.ReplyRefusal.GONE ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                    request, response, model);
        }
        if (Htmx.isHtmx(request)) {
            model.addAttribute("page", queue.afterReply(box, reply.replyId()));
            model.addAttribute("id", id);
            return "comments/_queue-done";
        }
        return "redirect:/admin/comments?box=" + box + "&replied=" + reply.replyId();
    }

    /** The queue again with the reply's problem: whole, or with htmx the comment's item (or, if it has left the box, its place). */
    private String again(long id, String box, String body, String problem, HttpStatus status, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        CommentsAdminPage page = queue.box(box, null, new CommentsAdminPage.Reply(id, body, problem));
        model.addAttribute("page", page);
        if (!Htmx.isHtmx(request)) {
            return "comments/admin";
        }
        var row = page.comments().stream().filter(r -> r.id() == id).findFirst();
        if (row.isPresent()) {
            model.addAttribute("row", row.get());
            return "comments/_queue-item";
        }
        model.addAttribute("id", id);
        return "comments/_queue-done";
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
        if (!ACTIONS.contains(action) || !BOXES.contains(box) || ids.size() > ModerationQueue.PAGE) {
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
