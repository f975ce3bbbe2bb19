package org.corebalance.newsletter;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corebalance.blog.BlogApi;
import org.corebalance.mail.MailApi;
import org.corebalance.mail.OutboxStatus;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a newsletter once to every confirmed subscriber. Everything is decided in one
 * transaction: the newsletter is marked sent (only a draft can be), each recipient is recorded
 * (a subscriber at most once), and one message each is queued in the outbox, which delivers
 * them in batches with retries, once each, across restarts.
 */
@Service
class NewsletterSending {

    private static final String TEMPLATE = "newsletter/mail/issue";

    private final NewsletterRepository newsletters;
    private final MailApi mail;
    private final BlogApi blog;
    private final CoreBalanceProperties properties;
    private final Clock clock;

    NewsletterSending(NewsletterRepository newsletters, MailApi mail, BlogApi blog, CoreBalanceProperties properties,
            Clock clock) {
        this.newsletters = newsletters;
        this.mail = mail;
        this.blog = blog;
        this.properties = properties;
        this.clock = clock;
    }

    /** The number of messages queued; 0 when the newsletter was already sent. */
    @Transactional
    int send(long id) {
        Newsletter newsletter = newsletters.find(id).orElseThrow();
        if (!newsletters.markSent(id, clock.instant())) {
            return 0;
        }
        String html = blog.renderMarkdownForMail(newsletter.bodyMarkdown());
        int queued = 0;
        for (NewsletterRepository.Recipient recipient : newsletters.confirmedNotYetSent(id)) {
            newsletters.recordRecipient(id, recipient.subscriberId());
            String unsubscribe = unsubscribeUrl(recipient.unsubscribeToken());
            var headers = new LinkedHashMap<String, String>();
            headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            mail.send(recipient.email(), null, TEMPLATE, new IssueMail(newsletter.subject(), html, unsubscribe, false),
                    newsletter.kind(), headers);
            queued++;
        }
        return queued;
    }

    /** A copy to the coach, marked as a test; nothing is recorded as sent. */
    @Transactional
    void sendTest(long id, String to) {
        Newsletter newsletter = newsletters.find(id).orElseThrow();
        var model = new IssueMail(newsletter.subject(), blog.renderMarkdownForMail(newsletter.bodyMarkdown()),
                unsubscribeUrl("test-copy"), true);
        mail.send(to, null, TEMPLATE, model, "newsletter-test");
    }

    Map<OutboxStatus, Long> log(Newsletter newsletter) {
        return mail.countsOf(newsletter.kind());
    }

    private String unsubscribeUrl(String token) {
        return properties.baseUrl() + "/newsletter/unsubscribe?token=" + token;
    }
}
