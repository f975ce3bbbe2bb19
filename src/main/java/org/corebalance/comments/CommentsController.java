package org.corebalance.comments;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.corebalance.blog.ArticleRef;
import org.corebalance.blog.BlogApi;
import org.corebalance.shared.ClientAddress;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.PageMeta;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.system.Htmx;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Receives comments and stops reply notices. A post answers with the article again (post,
 * redirect, get) or, with htmx, with the comments section in place; a form with mistakes comes
 * back with its messages and the text kept; the service refuses an address that sent too many.
 */
@Controller
class CommentsController {

    private final CommentService comments;
    private final CommentDiscussion discussion;
    private final BlogApi blog;
    private final WhoIsSignedIn whoIsSignedIn;

    CommentsController(CommentService comments, CommentDiscussion discussion, BlogApi blog, WhoIsSignedIn whoIsSignedIn) {
        this.comments = comments;
        this.discussion = discussion;
        this.blog = blog;
        this.whoIsSignedIn = whoIsSignedIn;
    }

    @PostMapping("/blog/{slug}/comments")
    String post(@PathVariable String slug, @ModelAttribute CommentForm form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        ArticleRef article = blog.publicArticle(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The comment form was not sent as it was given.");
        }
        Optional<SignedIn> staff = whoIsSignedIn.currentStaff();
        CommentService.Permission permission = comments.permission(article, staff.isPresent());
        if (permission != CommentService.Permission.OPEN) {
            return again(article, form, FieldErrors.none().with("body", permission == CommentService.Permission.CLOSED
                    ? "Comments are closed on this article." : "Only members can comment here. Please sign in first."),
                    403, request, response, model);
        }
        Comment parent = null;
        if (form.parent() != null) {
            parent = comments.replyTarget(article, form.parent())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "There is no such comment to reply to."));
        }
        FieldErrors errors = form.check(staff.isEmpty());
        if (!errors.isEmpty()) {
            return again(article, form, errors, 422, request, response, model);
        }
        CommentService.Posted posted = comments.post(article, form, parent, staff, ClientAddress.of(request.getRemoteAddr()))
                .orElse(null);
        if (posted == null) {
            return again(article, form, FieldErrors.none().with("body",
                    "You have sent a lot of comments in a short time. Please wait ten minutes and try again; your text is kept below."),
                    429, request, response, model);
        }
        boolean visible = posted.status() == CommentStatus.APPROVED;
        if (Htmx.isHtmx(request)) {
            model.addAttribute("section", discussion.section(article, request,
                    CommentForm.empty(), FieldErrors.none(), visible ? "published" : "held"));
            return "comments/_section";
        }
        return visible ? "redirect:" + article.path() + "?comment=published#comment-" + posted.id()
                : "redirect:" + article.path() + "?comment=held#comments";
    }

    /** The form again, with its messages: in place for htmx, else on a page of its own. */
    private String again(ArticleRef article, CommentForm form, FieldErrors errors, int status, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("section", discussion.section(article, request, form, errors, null));
        if (Htmx.isHtmx(request)) {
            return "comments/_section";
        }
        model.addAttribute("meta", PageMeta.website("Your comment on \u201c" + article.title() + "\u201d",
                "Your comment has not been posted yet.", null));
        return "comments/form";
    }

    /** The link in a reply notice: stops further notices for that comment in one click. */
    @GetMapping("/comments/stop")
    String stop(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
        boolean known = comments.stopNotices(token);
        if (!known) {
            response.setStatus(404);
        }
        model.addAttribute("known", known);
        model.addAttribute("meta", PageMeta.website("Reply e-mails", "Reply e-mails for a comment.", null));
        return "comments/stopped";
    }

    /** RFC 8058 one-click unsubscribe, posted by mail programs from the List-Unsubscribe header. */
    @PostMapping("/comments/stop")
    @ResponseBody
    String stopFromMailProgram(@RequestParam(required = false) String token, HttpServletResponse response) {
        if (!comments.stopNotices(token)) {
            response.setStatus(404);
            return "Unknown link.";
        }
        return "You will get no more reply e-mails for this comment.";
    }
}
