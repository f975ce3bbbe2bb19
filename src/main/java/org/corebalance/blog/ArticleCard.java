package org.corebalance.blog;

import java.util.List;
import org.corebalance.media.ResponsiveImage;

/** An article as lists, cards and the article page show it; {@code hero} may be null. */
public record ArticleCard(
        String slug,
        String title,
        String summary,
        PublishedDate published,
        int readingMinutes,
        List<TagLink> tags,
        ResponsiveImage hero,
        String heroAlt) {

    public String url() {
        return "/blog/" + slug;
    }
}
