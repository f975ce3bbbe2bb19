package org.corebalance.blog;

import gg.jte.Content;
import java.util.List;
import org.corebalance.shared.PageMeta;

/**
 * Everything /blog/{slug} renders. The body is the stored, sanitised HTML, split where the
 * in-article trial invitation goes ({@code bodyAfterInvitation} is empty when it goes at the end).
 * {@code discussion} is what another module shows under the article (the comments), or null.
 */
public record ArticlePage(
        PageMeta meta,
        ArticleCard article,
        String bodyBeforeInvitation,
        String bodyAfterInvitation,
        List<ArticleCard> related,
        Content discussion) {

    ArticlePage withDiscussion(Content discussion) {
        return new ArticlePage(meta, article, bodyBeforeInvitation, bodyAfterInvitation, related, discussion);
    }
}
