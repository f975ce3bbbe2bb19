package org.corebalance.blog;

import org.springframework.stereotype.Service;

/** What other modules may ask of the blog (the coach's dashboard asks for the counts). */
@Service
public class BlogApi {

    private final ArticleRepository articles;
    private final java.time.Clock clock;

    BlogApi(ArticleRepository articles, java.time.Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    public ArticleCounts counts() {
        return articles.counts(clock.instant());
    }

    /** How many articles are live, waiting for their time, and in draft. */
    public record ArticleCounts(long published, long scheduled, long drafts) {
    }
}
