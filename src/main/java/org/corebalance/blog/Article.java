package org.corebalance.blog;

import java.time.Instant;

/** An article as stored: its Markdown, the sanitised HTML made from it, and when it goes public. */
record Article(
        long id,
        String slug,
        String title,
        String summary,
        String bodyMarkdown,
        String bodyHtml,
        int readingMinutes,
        ArticleStatus status,
        Instant publishedAt,
        Long heroMediaId,
        String heroAlt,
        Instant updatedAt) {

    /** When readers last saw it change: a scheduled article changes for them when it appears. */
    Instant lastModified() {
        return publishedAt != null && publishedAt.isAfter(updatedAt) ? publishedAt : updatedAt;
    }

    boolean isPublicAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }
}
