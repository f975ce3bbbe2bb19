package org.corebalance.blog;

import java.util.List;

/** The coach's article list, filtered by state ("published", "scheduled", "draft" or "" for all) and title. */
public record ArticleAdminListPage(List<ArticleAdminRow> rows, String status, String query, BlogApi.ArticleCounts counts) {
}
