package org.corebalance.blog;

import java.util.List;
import org.corebalance.shared.PageMeta;

/**
 * Everything /blog/{slug} renders. The body is the stored, sanitised HTML, split where the
 * in-article trial invitation goes ({@code bodyAfterInvitation} is empty when it goes at the end).
 */
public record ArticlePage(
        PageMeta meta,
        ArticleCard article,
        String bodyBeforeInvitation,
        String bodyAfterInvitation,
        List<ArticleCard> related) {
}
