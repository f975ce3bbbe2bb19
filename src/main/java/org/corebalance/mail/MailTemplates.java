package org.corebalance.mail;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.PracticeSettings;
import org.corebalance.system.PracticeSettingsService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Writes an e-mail from its module's jte template ({@code <module>/mail/<name>.jte}). The template
 * takes its model as {@code mail} and the practice's {@link Letterhead} as {@code letterhead}, and
 * wraps its words in {@code layout/mail.jte}; that one rendering gives all three parts: the
 * subject is the page's title, the HTML part is the page, and the plain-text part is read off it.
 */
@Component
class MailTemplates {

    private final TemplateEngine templates;
    private final PracticeSettingsService settings;
    private final CoreBalanceProperties properties;

    MailTemplates(TemplateEngine templates, PracticeSettingsService settings, CoreBalanceProperties properties) {
        this.templates = templates;
        this.settings = settings;
        this.properties = properties;
    }

    /** A written message: one line of subject, the HTML part and the plain-text part. */
    record Written(String subject, String html, String text) {
    }

    Written write(String template, Object model) {
        PracticeSettings practice = settings.current();
        var letterhead = new Letterhead(practice.name(), practice.city(), practice.email(), properties.baseUrl());
        var html = new StringOutput();
        templates.render(template, Map.of("mail", model, "letterhead", letterhead), html);
        return read(html.toString());
    }

    static Written read(String html) {
        Document page = Jsoup.parse(html);
        // title() folds every run of white space, line breaks included, into one space.
        return new Written(page.title(), html, MailText.of(page.body()));
    }
}
