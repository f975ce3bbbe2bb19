package org.corebalance.newsletter;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corebalance.blog.BlogApi;
import org.corebalance.mail.MailApi;
import org.corebalance.mail.OutboxStatus;
import org.corebalance.mail.OutgoingMail;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends a newsletter once to every confirmed subscriber. Everything is decided in one
 * transaction: the newsletter is marked sent (only a draft can be), each recipient is recorded
 * (a subscriber at most once), and one message each is queued in the outbox, which delivers
 * them in batches with retries, once each, across restarts.
 */
@Service
class NewsletterSending {

    private final NewsletterRepository newsletters;
    private final MailApi mail;
    private final BlogApi blog;
    private final PracticeSettingsService settings;
    private final CoreBalanceProperties properties;
    private final Clock clock;

    NewsletterSending(NewsletterRepository newsletters, MailApi mail, BlogApi blog, PracticeSettingsService settings,
            CoreBalanceProperties properties, Clock clock) {
        this.newsletters = newsletters;
        this.mail = mail;
        this.blog = blog;
        this.settings = settings;
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
            mail.send(message(newsletter, html, recipient.email(), recipient.unsubscribeToken(), newsletter.kind()));
            queued++;
        }
        return queued;
    }

    /** A copy to the coach, marked as a test; nothing is recorded as sent. */
    @Transactional
    void sendTest(long id, String to) {
        Newsletter newsletter = newsletters.find(id).orElseThrow();
        OutgoingMail message = message(newsletter, blog.renderMarkdownForMail(newsletter.bodyMarkdown()), to, "test-copy",
                "newsletter-test");
        mail.send(new OutgoingMail(message.to(), message.toName(), "[Test] " + message.subject(), message.text(),
                message.html(), Map.of(), message.kind()));
    }

    Map<OutboxStatus, Long> log(Newsletter newsletter) {
        return mail.countsOf(newsletter.kind());
    }

    private OutgoingMail message(Newsletter newsletter, String html, String to, String unsubscribeToken, String kind) {
        String practice = settings.current().name();
        String unsubscribe = properties.baseUrl() + "/newsletter/unsubscribe?token=" + unsubscribeToken;
        var headers = new LinkedHashMap<String, String>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        String text = newsletter.bodyMarkdown() + "\n\n--\nYou receive this because you signed up to " + practice
                + "'s newsletter. Leave in one click: " + unsubscribe + "\n";
        String fullHtml = html + "<hr><p style=\"font-size:13px;color:#4f5d66\">You receive this because you signed up to "
                + HtmlUtils.htmlEscape(practice) + "'s newsletter. <a href=\"" + unsubscribe
                + "\">Unsubscribe in one click</a>.</p>";
        return new OutgoingMail(to, null, newsletter.subject(), text, fullHtml, headers, kind);
    }
}
