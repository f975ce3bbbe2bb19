package org.corebalance.blog;

import java.time.Instant;
import java.util.List;

/** What is needed to save an article; the HTML and reading time are made from the Markdown. */
record ArticleDraft(
        String title,
        String slug,
        String summary,
        String bodyMarkdown,
        List<String> tags,
        ArticleStatus status,
        Instant publishedAt,
        Long heroMediaId,
        String heroAlt) {
}
