package org.corebalance.blog;

import java.util.List;
import org.corebalance.shared.PageMeta;

/** The home page: who the practice is, its two offers and the latest articles. */
public record HomePage(PageMeta meta, List<ArticleCard> latest) {
}
