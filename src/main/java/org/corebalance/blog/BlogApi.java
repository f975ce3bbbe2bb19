package org.corebalance.blog;

import org.springframework.stereotype.Service;

/** What other modules may ask of the blog: the dashboard's counts, and its Markdown for the newsletter. */
@Service
public class BlogApi {

    private final ArticleRepository articles;
    private final ArticleMarkdown markdown;
    private final java.time.Clock clock;

    BlogApi(ArticleRepository articles, ArticleMarkdown markdown, java.time.Clock clock) {
        this.articles = articles;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** Markdown rendered and sanitised exactly as articles are (the newsletter writes with it too). */
    public String renderMarkdown(String source) {
        return markdown.render(source).html();
    }

    public ArticleCounts counts() {
        return articles.counts(clock.instant());
    }

    /** How many articles are live, waiting for their time, and in draft. */
    public record ArticleCounts(long published, long scheduled, long drafts) {
    }
}
