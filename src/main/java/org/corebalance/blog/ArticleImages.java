package org.corebalance.blog;

import java.time.Instant;
import org.corebalance.media.MediaUses;
import org.springframework.stereotype.Component;

/**
 * Tells media which images readers may fetch: those a public article shows (as its hero or in
 * its text), from the images recorded with each article when it is saved. A scheduled article's
 * images become public when the article does, by the same clock.
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
}
