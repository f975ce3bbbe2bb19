package org.corebalance.blog;

import java.util.List;
import org.corebalance.shared.PageMeta;

/** The blog index or one tag's page ({@code tag} is null on the index). */
public record ArticleListPage(
        PageMeta meta,
        String heading,
        String intro,
        TagLink tag,
        List<ArticleCard> articles,
        Pagination pagination) {
}
