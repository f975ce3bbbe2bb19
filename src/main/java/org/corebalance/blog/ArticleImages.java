package org.corebalance.blog;

import java.time.Instant;
import java.util.List;
import org.corebalance.media.MediaUse;
import org.corebalance.media.MediaUses;
import org.springframework.stereotype.Component;

/**
 * Tells media which images readers may fetch: those a public article shows (as its hero or in
 * its text), from the images recorded with each article when it is saved. A scheduled article's
 * images become public when the article does, by the same clock. Also which articles use an image
 * at all, so that one still in use is never deleted.
 */
@Component
class ArticleImages implements MediaUses {

    private final ArticleRepository articles;

    ArticleImages(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public boolean shownPublicly(long mediaId, Instant now) {
        return articles.publicArticleShows(mediaId, now);
    }

    /** Every article that shows the image, published or not, by title. */
    @Override
    public List<MediaUse> usesOf(long mediaId) {
        return articles.findShowing(mediaId).stream()
                .map(article -> new MediaUse(article.title(), "/admin/articles/" + article.id()))
                .toList();
    }
}
