package org.corebalance.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.SecretTokens;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.FormRateLimiter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ups with double opt-in, at most a few from one address in ten minutes, and the owner's
 * list of subscribers. Signing up again never makes a second subscriber: a pending or
 * unsubscribed address is asked to confirm again, a confirmed one is left as it is, and the
 * answer to the reader is the same in every case (nobody learns who subscribes).
 */
@Service
class NewsletterService {

    static final Duration CONFIRM_WITHIN = Duration.ofHours(48);
    static final int PER_ADDRESS = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Set<String> SOURCES = Set.of("footer", "page", "article", "home");

    private final SubscriberRepository subscribers;
    private final MailApi mail;
    private final FormRateLimiter limiter;
    private final CoreBalanceProperties properties;
    private final Clock clock;

    NewsletterService(SubscriberRepository subscribers, MailApi mail, FormRateLimiter limiter,
            CoreBalanceProperties properties, Clock clock) {
        this.subscribers = subscribers;
        this.mail = mail;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Signs up a checked address sent from a client's address, and asks it to confirm; false,
     * doing nothing, when that client has signed up too often. A robot's sign-up (the hidden field
     * filled in) counts and is answered like any other, but nothing is stored or sent.
     */
    @Transactional
    boolean subscribe(SignUpForm form, String clientAddress) {
        if (!limiter.allow("newsletter", clientAddress, PER_ADDRESS, WINDOW)) {
            return false;
        }
        if (!form.robot()) {
            askToConfirm(form.email().strip().toLowerCase(Locale.ROOT), SOURCES.contains(form.source()) ? form.source() : "page",
                    clientAddress);
        }
        return true;
    }

    /**
     * Mails a confirmation link, within the site's limits on mail to typed addresses. A pending
     * address gets a new link only when the mail may go, so a refused resend leaves the link it
     * already has working.
     */
    private void askToConfirm(String email, String source, String clientAddress) {
        Instant now = clock.instant();
        String token = SecretTokens.random();
        Instant expires = now.plus(CONFIRM_WITHIN);
        var model = new ConfirmationMail(properties.baseUrl() + "/newsletter/confirm?token=" + token);
        Optional<Subscriber> known = subscribers.findByEmail(email);
        if (known.isEmpty()) {
            if (subscribers.insertPending(email, source, SecretTokens.sha256(token), expires, SecretTokens.random(), now)) {
                sendConfirmation(email, model, clientAddress);
            }
        } else if (!known.get().status().equals("CONFIRMED") && sendConfirmation(email, model, clientAddress)) {
            subscribers.renewPending(known.get().id(), SecretTokens.sha256(token), expires);
        }
    }

    private boolean sendConfirmation(String email, ConfirmationMail model, String clientAddress) {
        return mail.sendToVisitor(clientAddress, null, email, null, "newsletter/mail/confirmation", model,
                "newsletter-confirmation", Map.of());
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

    /** The newest sign-ups first, at most {@code limit}, for the owner's list and export. */
    @Transactional(readOnly = true)
    List<Subscriber> subscribers(int limit) {
        return subscribers.findAll(limit);
    }
}
