package org.corebalance.admin;

import org.corebalance.assessment.AssessmentApi;
import org.corebalance.blog.BlogApi;

/**
 * The dashboard: article counts, unread messages, comments waiting and new leads; later issues add
 * the funnel and outcomes.
 */
public record DashboardPage(BlogApi.ArticleCounts articles, long unreadMessages, long commentsWaiting,
        AssessmentApi.LeadCounts newLeads) {
}
