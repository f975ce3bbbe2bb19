package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Renders a module's mail template the way {@link MailApi} does, without the application, for
 * tests that check every e-mail's subject, HTML part and plain-text part, hostile values included.
 */
public final class RenderedMails {

    /** Values a stranger could type: markup, a line break to forge a header, an entity, quotes. */
    public static final String HOSTILE = "<script>alert(1)</script> Ann\r\nBcc: evil@example.org &amp; \"O'Neil\"";

    /** A practice whose settings hold markup too (the owner types them). */
    public static final Letterhead LETTERHEAD = new Letterhead("Core <b>Balance</b>", "San Clemente, California",
            "hello@corebalance.example", "https://corebalance.example");

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private RenderedMails() {
    }

    /** A written message, as the outbox would store it. */
    public record Mail(String subject, String html, String text) {
    }

    public static Mail render(String template, Object model) {
        var html = new StringOutput();
        TEMPLATES.render(template, Map.of("mail", model, "letterhead", LETTERHEAD), html);
        MailTemplates.Written written = MailTemplates.read(html.toString());
        keepForPeople(template, written);
        // The outbox refuses a subject it could not send; every written message must pass.
        new OutgoingMail("reader@example.org", null, written.subject(), written.text(), written.html(), Map.of(), "test");
        return new Mail(written.subject(), written.html(), written.text());
    }

    /** The last rendering of each template, both parts, under target/mail-samples/ for a person to look at. */
    private static void keepForPeople(String template, MailTemplates.Written written) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "mail-samples"));
            String name = template.replace('/', '-');
            Files.writeString(folder.resolve(name + ".html"), written.html());
            Files.writeString(folder.resolve(name + ".txt"), "Subject: " + written.subject() + "\n\n" + written.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks what a reader of either part would notice: no markup from {@link #HOSTILE} is live in
     * the HTML part (there is no script element, and the words appear as text), the subject is one
     * line, the plain-text part shows the words as typed (not as entities), and the practice's
     * footer is in both parts.
     */
    public static void assertSafe(Mail mail) {
        var page = Jsoup.parse(mail.html());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("b")).isEmpty();
        assertThat(mail.subject()).doesNotContain("\r", "\n").isNotBlank();
        assertThat(mail.text()).doesNotContain("&lt;", "&amp;amp;", "&quot;");
        assertThat(page.selectFirst("footer").text()).contains("Core <b>Balance</b>", "hello@corebalance.example");
        assertThat(mail.text()).contains("\n-- \nCore <b>Balance</b> · San Clemente, California");
    }
}
