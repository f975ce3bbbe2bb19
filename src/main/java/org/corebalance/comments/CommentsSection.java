package org.corebalance.comments;

import java.util.List;
import org.corebalance.blog.ArticleRef;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.SignedIn;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The comments under an article: the conversation, and the form in the state it is in.
 *
 * @param permission whether this reader may comment (open, closed, members only)
 * @param replyingTo the comment a reply is being written to, or null
 * @param notice what just happened ("held", "published", "spam" looks like "held"), or null
 * @param staff the signed-in coach writing as themself, or null for a guest
 * @param csrf the token the form carries when the reader has a session (signed in or not), or null
 * @param mailSending whether e-mail is being sent (an SMTP server is set up): else no reply notice is offered
 */
public record CommentsSection(
        ArticleRef article,
        List<CommentView> threads,
        int count,
        String permission,
        CommentForm form,
        FieldErrors errors,
        CommentView replyingTo,
        String notice,
        SignedIn staff,
        CsrfToken csrf,
        boolean mailSending) {

    public String action() {
        return article.path() + "/comments";
    }

    public boolean open() {
        return "OPEN".equals(permission);
    }

    public String countLabel() {
        return count == 0 ? "No comments yet" : count == 1 ? "1 comment" : count + " comments";
    }
}
