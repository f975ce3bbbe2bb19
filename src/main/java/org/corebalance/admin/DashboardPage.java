package org.corebalance.admin;

import java.time.Duration;
import org.corebalance.assessment.AssessmentApi;
import org.corebalance.blog.BlogApi;

/**
 * The dashboard: article counts, unread messages, comments waiting, new leads, e-mails to
 * visitors' addresses the site refused in the last week (someone may be aiming its mail at others),
 * and whether e-mail is being sent at all ({@code mailSending}: an SMTP server is set up).
 */
public record DashboardPage(BlogApi.ArticleCounts articles, long unreadMessages, long commentsWaiting,
        AssessmentApi.LeadCounts newLeads, long refusedMail, boolean mailSending) {

    public static final Duration REFUSED_MAIL_PERIOD = Duration.ofDays(7);
}
