package org.corebalance.blog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corebalance.media.MediaApi;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the blog: the dashboard's counts, its Markdown for the newsletter,
 * and which articles exist (for the comments under them).
 */
@Service
public class BlogApi {

    private final ArticleRepository articles;
    private final ArticleMarkdown markdown;
    private final MediaApi media;
    private final CoreBalanceProperties properties;
    private final java.time.Clock clock;

    BlogApi(ArticleRepository articles, ArticleMarkdown markdown, MediaApi media, CoreBalanceProperties properties,
            java.time.Clock clock) {
        this.articles = articles;
        this.properties = properties;
        this.markdown = markdown;
        this.media = media;
        this.clock = clock;
    }

    /**
     * Markdown rendered and sanitised as articles are, for an e-mail (the newsletter writes with it):
     * without section anchors, and each image at its absolute shared address, which shows it to
     * the mail's reader even if no published article shows it (mail programs fetch images signed out).
     */
    public String renderMarkdownForMail(String source) {
        return markdown.renderForMail(source, (id, width) -> properties.baseUrl() + media.sharedAddress(id, width));
    }

    /** The media library's images Markdown would show, as it is rendered for articles and mail. */
    public Set<Long> imagesIn(String source) {
        return source == null || source.isBlank() ? Set.of() : markdown.imagesOf(source);
    }

    public ArticleCounts counts() {
        return articles.counts(clock.instant());
    }

    /** The article readers can see at this address now. */
    public Optional<ArticleRef> publicArticle(String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return articles.findPublic(slug, clock.instant()).map(BlogApi::ref);
    }

    /** Any of these articles that exist, whatever their state, by id. */
    public Map<Long, ArticleRef> articles(Collection<Long> ids) {
        return articles.findByIds(ids).stream().collect(Collectors.toMap(Article::id, BlogApi::ref));
    }

    /** Every article readers can see now, newest first. */
    public List<ArticleRef> publicArticles() {
        return articles.findPublic(10_000, 0, clock.instant()).stream().map(BlogApi::ref).toList();
    }

    private static ArticleRef ref(Article article) {
        return new ArticleRef(article.id(), article.slug(), article.title());
    }

    /** How many articles are live, waiting for their time, and in draft. */
    public record ArticleCounts(long published, long scheduled, long drafts) {
    }
}
