package org.corebalance.admin;

import org.corebalance.blog.BlogApi;

/** The dashboard: article counts and unread messages now; later issues add the funnel and outcomes. */
public record DashboardPage(BlogApi.ArticleCounts articles, long unreadMessages) {
}
