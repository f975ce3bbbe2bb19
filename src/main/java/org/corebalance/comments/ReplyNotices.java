package org.corebalance.comments;

import java.util.LinkedHashMap;
import java.util.Set;
import org.corebalance.blog.ArticleRef;
import org.corebalance.blog.BlogApi;
import org.corebalance.mail.MailApi;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once a reply is visible, e-mails the author of the comment it answers, with a one-click way to
 * stop (a link in the message and the List-Unsubscribe headers mail programs offer). Asks again
 * whether they still want it: they may have stopped, or the reply been removed, since.
 */
@Component
class ReplyNotices {

    private final CommentRepository comments;
    private final BlogApi blog;
    private final MailApi mail;
    private final CoreBalanceProperties properties;

    ReplyNotices(CommentRepository comments, BlogApi blog, MailApi mail, CoreBalanceProperties properties) {
        this.comments = comments;
        this.blog = blog;
        this.mail = mail;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ReplyPublished published) {
        Comment reply = comments.find(published.replyId())
                .filter(c -> c.status() == CommentStatus.APPROVED && c.parentId() != null).orElse(null);
        if (reply == null) {
            return;
        }
        Comment parent = comments.find(reply.parentId()).filter(c -> c.wantsToHearOf(reply)).orElse(null);
        ArticleRef article = blog.articles(Set.of(reply.articleId())).get(reply.articleId());
        if (parent == null || article == null) {
            return;
        }
        String stop = properties.baseUrl() + "/comments/stop?token=" + parent.notifyToken();
        var headers = new LinkedHashMap<String, String>();
        headers.put("List-Unsubscribe", "<" + stop + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        var model = new ReplyMail(parent.authorName(), reply.authorName(), reply.byCoach(), article.title(), reply.bodyHtml(),
                properties.baseUrl() + article.path() + "#comment-" + reply.id(), stop);
        // The author typed the address long ago: only the recipient's limit applies.
        mail.sendToVisitor(null, "comment-reply:" + reply.id(), parent.authorEmail(), parent.authorName(),
                "comments/mail/reply", model, "comment-reply", headers);
    }
}
