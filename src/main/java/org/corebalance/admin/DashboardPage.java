package org.corebalance.admin;

import java.time.Duration;
import org.corebalance.assessment.AssessmentApi;
import org.corebalance.blog.BlogApi;

/**
 * The dashboard: article counts, unread messages, comments waiting, new leads, and e-mails to
 * visitors' addresses the site refused in the last week (someone may be aiming its mail at others).
 */
public record DashboardPage(BlogApi.ArticleCounts articles, long unreadMessages, long commentsWaiting,
        AssessmentApi.LeadCounts newLeads, long refusedMail) {

    public static final Duration REFUSED_MAIL_PERIOD = Duration.ofDays(7);
}
