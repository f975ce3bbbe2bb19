package org.corebalance.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corebalance.mail.RenderedMails.HOSTILE;

import org.corebalance.mail.RenderedMails;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Every e-mail of the newsletter module, with a subject line and a practice name as anyone could type them. */
class NewsletterMailsTests {

    private static final String CONFIRM = "https://corebalance.example/newsletter/confirm?token=Ab-9_xYz";
    private static final String UNSUBSCRIBE = "https://corebalance.example/newsletter/unsubscribe?token=Cd-8_wVu";
    /** The coach's Markdown as the blog renders and sanitises it. */
    private static final String BODY = "<h2>This week</h2>\n<p>Breathe <strong>low</strong>, then <a href=\"https://corebalance.example/blog/bridge\">bridge</a>.</p>";

    @Test
    void theConfirmationLinksToTheButtonThatConfirms() {
        var mail = RenderedMails.render("newsletter/mail/confirmation", new ConfirmationMail(CONFIRM));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("Please confirm: Core <b>Balance</b> newsletter");
        assertThat(Jsoup.parse(mail.html()).select("a[href=" + CONFIRM + "]").text()).isEqualTo("Confirm my subscription");
        assertThat(mail.text()).startsWith("Hello,")
                .contains("Please confirm that you would like Core <b>Balance</b>'s articles and occasional practical tips by e-mail:")
                .contains("Confirm my subscription <" + CONFIRM + ">")
                .contains("The link works for 48 hours.");
    }

    @Test
    void aNewsletterCarriesTheCoachsTextAndTheWayOutInBothParts() {
        var mail = RenderedMails.render("newsletter/mail/issue", new IssueMail(HOSTILE, BODY, UNSUBSCRIBE, false));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo(HOSTILE.replace("\r\n", " "));
        var page = Jsoup.parse(mail.html());
        assertThat(page.select("h2").text()).isEqualTo("This week");
        assertThat(page.select("strong").text()).isEqualTo("low");
        assertThat(page.select("a[href=" + UNSUBSCRIBE + "]").text()).isEqualTo("Unsubscribe in one click");
        assertThat(page.text()).contains("You receive this because you signed up to Core <b>Balance</b>'s newsletter.");
        assertThat(mail.text()).startsWith("This week\n\nBreathe low, then bridge <https://corebalance.example/blog/bridge>.")
                .contains("You receive this because you signed up to Core <b>Balance</b>'s newsletter. Unsubscribe in one click <"
                        + UNSUBSCRIBE + ">.");
    }

    @Test
    void theCoachsTestCopySaysSoInItsSubject() {
        var mail = RenderedMails.render("newsletter/mail/issue", new IssueMail(HOSTILE, BODY, UNSUBSCRIBE, true));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("[Test] " + HOSTILE.replace("\r\n", " "));
        assertThat(mail.text()).contains("Unsubscribe in one click <" + UNSUBSCRIBE + ">");
    }
}
