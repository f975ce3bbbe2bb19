package org.corebalance.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.corebalance.mail.OutgoingMail;
import org.corebalance.shared.SecretTokens;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Sign-ups with double opt-in. Signing up again never makes a second subscriber: a pending or
 * unsubscribed address is asked to confirm again, a confirmed one is left as it is, and the
 * answer to the reader is the same in every case (nobody learns who subscribes).
 */
@Service
class NewsletterService {

    static final Duration CONFIRM_WITHIN = Duration.ofHours(48);

    private final SubscriberRepository subscribers;
    private final MailApi mail;
    private final PracticeSettingsService settings;
    private final CoreBalanceProperties properties;
    private final Clock clock;

    NewsletterService(SubscriberRepository subscribers, MailApi mail, PracticeSettingsService settings,
            CoreBalanceProperties properties, Clock clock) {
        this.subscribers = subscribers;
        this.mail = mail;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    void subscribe(String address, String source) {
        String email = address.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        String token = SecretTokens.random();
        Instant expires = now.plus(CONFIRM_WITHIN);
        Optional<Subscriber> known = subscribers.findByEmail(email);
        if (known.isEmpty()) {
            if (!subscribers.insertPending(email, source, SecretTokens.sha256(token), expires, SecretTokens.random(), now)) {
                return;
            }
        } else if (known.get().status().equals("CONFIRMED")) {
            return;
        } else {
            subscribers.renewPending(known.get().id(), SecretTokens.sha256(token), expires);
        }
        String practice = settings.current().name();
        String link = properties.baseUrl() + "/newsletter/confirm?token=" + token;
        mail.send(new OutgoingMail(email, null, "Please confirm: " + practice + " newsletter",
                """
                Hello,

                Please confirm that you would like %s's articles and occasional practical tips by e-mail:

                %s

                The link works for 48 hours. If you did not sign up, ignore this e-mail and you will hear nothing more.
                """.formatted(practice, link),
                """
                <p>Hello,</p>
                <p>Please confirm that you would like %s's articles and occasional practical tips by e-mail.</p>
                <p><a href="%s">Confirm my subscription</a></p>
                <p>The link works for 48 hours. If you did not sign up, ignore this e-mail and you will hear nothing more.</p>
                """.formatted(HtmlUtils.htmlEscape(practice), link),
                Map.of(), "newsletter-confirmation"));
    }

    boolean confirmable(String token) {
        return SecretTokens.plausible(token) && subscribers.pendingTokenValid(SecretTokens.sha256(token), clock.instant());
    }

    @Transactional
    Optional<String> confirm(String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return subscribers.confirm(SecretTokens.sha256(token), clock.instant());
    }

    @Transactional
    Optional<String> unsubscribe(String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return subscribers.unsubscribe(token, clock.instant());
    }
}
