package org.corebalance.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.corebalance.BrowserSupport;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Smtp;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reader's whole newsletter life in a real browser with a real SMTP server: sign up in an
 * article's footer, confirm with the button behind the e-mailed link, receive a newsletter the
 * owner sends from the back office, and leave with its visible unsubscribe link, in one click
 * and without signing in. The app runs on a port fixed before it starts, so the links in the
 * e-mails ({@code corebalance.base-url}) are the very addresses the browser opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import({CoreBalanceTest.TestClock.class, StaffFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsletterBrowserTests {

    private static final int SMTP_PORT = Smtp.freePort();
    private static final int PORT = otherFreePort(SMTP_PORT);
    private static final String BASE = "http://localhost:" + PORT;
    private static final String ARTICLE = "/blog/tight-psoas-low-back";

    @RegisterExtension
    static final GreenMailExtension smtp = Smtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void appAndSmtp(DynamicPropertyRegistry registry) {
        Smtp.register(registry, SMTP_PORT);
        registry.add("server.port", () -> PORT);
        registry.add("corebalance.base-url", () -> BASE);
    }

    private static int otherFreePort(int taken) {
        int port = Smtp.freePort();
        return port == taken ? otherFreePort(taken) : port;
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffFixtures staff;
    @Autowired
    Scheduler mailScheduler;
    BrowserSupport browser;

    @BeforeAll
    void startBrowser() {
        browser = new BrowserSupport();
    }

    @AfterAll
    void stop() {
        browser.close();
        // The outbox is shared by every test context on this database; ours must not deliver theirs to a stopped server.
        mailScheduler.stop();
    }

    @Test
    void aReaderSignsUpConfirmsReceivesANewsletterAndLeavesInOneClick() throws Exception {
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        try (BrowserContext readerPhone = browser.context(BrowserSupport.PHONE, true)) {
            Page reader = readerPhone.newPage();
            List<String> consoleErrors = BrowserSupport.collectConsoleErrors(reader);

            // 1. "Stay in touch" in the footer of an article.
            reader.navigate(BASE + ARTICLE);
            var footer = reader.locator("footer");
            assertThat(footer.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                    .setName("Stay in touch")).isVisible()).isTrue();
            footer.getByLabel("Your e-mail address").fill(email);
            footer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign up")).click();

            // 2. "Check your inbox"; nothing is confirmed yet.
            reader.waitForURL(BASE + "/newsletter/check-email");
            assertThat(reader.locator("h1").textContent()).isEqualTo("Stay in touch");
            assertThat(reader.locator(".notice-title").textContent()).isEqualTo("Check your inbox");
            assertThat(reader.locator(".notice").textContent()).contains("Nothing arrives until you press it");
            assertThat(status(email)).isEqualTo("PENDING");
            assertThat(source(email)).isEqualTo("footer");
            look(reader, "check-email");

            // 3. The confirmation e-mail arrives; its link opens a page with a button, and opening it confirms nothing.
            MimeMessage confirmation = waitForMail(email, 1).get(0);
            assertThat(confirmation.getSubject()).startsWith("Please confirm: ").endsWith(" newsletter");
            String confirmLink = link(confirmation, "Confirm my subscription");
            assertThat(confirmLink).matches(Pattern.quote(BASE) + "/newsletter/confirm\\?token=[A-Za-z0-9_-]{43}");
            assertThat(text(confirmation)).as("the plain-text part has the same link").contains(confirmLink);

            Response landing = clickInMail(reader, confirmation, "confirmation", "Confirm my subscription", confirmLink);
            assertThat(landing.status()).isEqualTo(200);
            assertThat(reader.locator(".lead").textContent()).contains("press the button");
            assertThat(status(email)).as("opening the link (as a mail scanner would) confirms nothing").isEqualTo("PENDING");
            look(reader, "confirm");

            // 4. The button confirms.
            reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my subscription")).click();
            reader.waitForURL(BASE + "/newsletter/confirmed");
            assertThat(reader.locator(".notice-title").textContent()).isEqualTo("You're subscribed");
            assertThat(reader.locator(".notice").textContent()).contains("link to leave in one click");
            assertThat(status(email)).isEqualTo("CONFIRMED");
            look(reader, "confirmed");

            // 5. The owner writes and sends a newsletter from the back office.
            String subject = "Breathing low this winter " + UUID.randomUUID().toString().substring(0, 6);
            sendNewsletter(subject, "## This week\n\nBreathe **low** and let the ribs settle.");

            // 6. It arrives, with a visible unsubscribe link that is the one the mail program offers too.
            MimeMessage newsletter = waitForMail(email, 2).stream()
                    .filter(m -> subjectOf(m).equals(subject)).findFirst()
                    .orElseThrow(() -> new AssertionError("The newsletter \"" + subject + "\" did not arrive"));
            // ownText: without the "#" section link the article renderer adds to every heading (in e-mails too).
            assertThat(Jsoup.parse(html(newsletter)).select("h2").first().ownText()).isEqualTo("This week");
            assertThat(Jsoup.parse(html(newsletter)).select("strong").text()).isEqualTo("low");
            String unsubscribeLink = link(newsletter, "Unsubscribe in one click");
            assertThat(unsubscribeLink).matches(Pattern.quote(BASE) + "/newsletter/unsubscribe\\?token=[A-Za-z0-9_-]{43}");
            assertThat(newsletter.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribeLink + ">");
            assertThat(text(newsletter)).as("the plain-text part has the same way out")
                    .contains("Unsubscribe in one click <" + unsubscribeLink + ">");

            // 7. One click, no sign-in: the page says so and the subscriber is gone from the list.
            Response left = clickInMail(reader, newsletter, "newsletter", "Unsubscribe in one click", unsubscribeLink);
            assertThat(left.status()).isEqualTo(200);
            assertThat(reader.url()).isEqualTo(unsubscribeLink);
            assertThat(reader.locator(".notice-title").textContent()).isEqualTo("You're unsubscribed");
            assertThat(reader.locator(".notice").textContent()).contains("You will not receive the newsletter any more");
            assertThat(reader.locator("input[type=password]").count()).as("no sign-in asked").isZero();
            assertThat(readerPhone.cookies()).as("the reader never got a session").isEmpty();
            assertThat(status(email)).isEqualTo("UNSUBSCRIBED");
            look(reader, "unsubscribed");

            assertThat(consoleErrors).isEmpty();
        }
    }

    /** The owner signs in on a desktop, writes the newsletter, saves it and sends it to every confirmed subscriber. */
    private void sendNewsletter(String subject, String body) {
        long confirmed = jdbc.sql("select count(*) from subscriber where status = 'CONFIRMED'").query(Long.class).single();
        try (BrowserContext desk = browser.context(BrowserSupport.DESKTOP, true)) {
            Page owner = desk.newPage();
            owner.navigate(BASE + "/login");
            owner.getByLabel("E-mail address").fill(staff.owner());
            owner.getByLabel("Password").fill(StaffFixtures.PASSWORD);
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            owner.waitForURL(BASE + "/admin**");

            owner.navigate(BASE + "/admin/newsletters/new");
            owner.getByLabel("Subject line").fill(subject);
            owner.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill(body);
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
            owner.waitForURL(url -> url.matches(".*/admin/newsletters/\\d+$"));
            assertThat(owner.locator("h1").textContent()).isEqualTo(subject);

            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to " + confirmed + " subscribers")).click();
            owner.waitForLoadState(LoadState.DOMCONTENTLOADED);
            assertThat(owner.locator(".notice").textContent()).isEqualTo(
                    "Sending to " + confirmed + " subscribers. The log below fills in as it goes.");
        }
    }

    /**
     * Shows the HTML e-mail in the reader's browser, as a mail program would (a phone-width
     * screenshot to look at), and clicks its link with this text, which must lead to {@code expected}.
     */
    private static Response clickInMail(Page page, MimeMessage message, String name, String linkText, String expected)
            throws Exception {
        // On a blank page of its own: written into one of the site's pages, the e-mail would be under the site's CSP.
        page.navigate("about:blank");
        page.setContent(html(message));
        BrowserSupport.screenshot(page, "newsletter-journey-mail-" + name + "-" + BrowserSupport.PHONE);
        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkText).setExact(true));
        Response response = page.waitForResponse(r -> r.url().equals(expected), link::click);
        page.waitForURL(expected);
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        return response;
    }

    /** Screenshots on a phone and a desktop, the accessibility check at both, and no sideways scrolling. */
    private void look(Page page, String name) {
        for (int width : List.of(BrowserSupport.PHONE, BrowserSupport.DESKTOP)) {
            page.setViewportSize(width, width == BrowserSupport.PHONE ? 780 : 900);
            BrowserSupport.screenshot(page, "newsletter-journey-" + name + "-" + width);
            assertThat(BrowserSupport.accessibilityViolations(page)).as(name + " at " + width).isEmpty();
            assertThat(BrowserSupport.horizontalOverflow(page)).as("sideways scroll on " + name + " at " + width).isZero();
        }
        page.setViewportSize(BrowserSupport.PHONE, 780);
    }

    private String status(String email) {
        return jdbc.sql("select status from subscriber where email = :e").param("e", email).query(String.class).single();
    }

    private String source(String email) {
        return jdbc.sql("select source from subscriber where email = :e").param("e", email).query(String.class).single();
    }

    private static List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> waitForMail(String email, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (receivedBy(email).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<MimeMessage> received = receivedBy(email);
        assertThat(received).as("messages delivered to " + email).hasSize(count);
        return received;
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address behind the link a reader sees with this text in the HTML e-mail. */
    private static String link(MimeMessage message, String text) throws Exception {
        List<Element> links = Jsoup.parse(html(message)).select("a").stream().filter(a -> a.text().equals(text)).toList();
        assertThat(links).as("a link \"" + text + "\" in the e-mail").hasSize(1);
        return links.get(0).attr("href");
    }

    private static String html(Part part) throws Exception {
        String html = partOfType(part, "text/html");
        assertThat(html).as("an HTML part").isNotNull();
        return html;
    }

    private static String text(Part part) throws Exception {
        String text = partOfType(part, "text/plain");
        assertThat(text).as("a plain-text part").isNotNull();
        return text;
    }

    private static String partOfType(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String found = partOfType(parts.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
