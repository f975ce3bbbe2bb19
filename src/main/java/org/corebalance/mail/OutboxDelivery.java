package org.corebalance.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corebalance.mail.OutboxRepository.ClaimedMail;
import org.corebalance.system.CoreBalanceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * One delivery pass: claims the due messages, sends each over SMTP and records what happened.
 * Does nothing while no SMTP server is configured, so messages wait in the outbox.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final OutboxRepository repository;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final MailSettings settings;
    private final RetrySchedule retries;
    private final InternetAddress from;

    OutboxDelivery(OutboxRepository repository, ObjectProvider<JavaMailSender> mailSender, Clock clock,
            MailSettings settings, CoreBalanceProperties properties) throws UnsupportedEncodingException {
        this.repository = repository;
        this.mailSender = mailSender;
        this.clock = clock;
        this.settings = settings;
        this.retries = RetrySchedule.of(settings);
        String address = settings.from().isBlank() ? properties.practice().email() : settings.from();
        String name = settings.fromName().isBlank() ? properties.practice().name() : settings.fromName();
        this.from = new InternetAddress(address, name, StandardCharsets.UTF_8.name());
    }

    boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** @return how many messages the SMTP server accepted in this pass */
    int deliverDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        List<ClaimedMail> claimed = repository.claimDue(now, now.plus(settings.claimTimeout()), token,
                settings.batchSize());
        if (claimed.isEmpty()) {
            return 0;
        }
        // Stop well before the claim runs out: after that another pass may take the rest and send them too.
        Duration margin = settings.claimTimeout().dividedBy(4);
        int sent = 0;
        try {
            for (ClaimedMail mail : claimed) {
                if (!clock.instant().isBefore(mail.claimedUntil().minus(margin))) {
                    break;
                }
                try {
                    sender.send(message(sender, mail));
                } catch (RuntimeException | MessagingException | UnsupportedEncodingException e) {
                    recordFailure(mail, token, e);
                    // The server is likely down or refusing; the rest wait for the next pass rather than
                    // each spending an attempt now.
                    break;
                }
                if (repository.markSent(mail.id(), token, clock.instant())) {
                    sent++;
                } else {
                    log.warn("Mail {} was sent after its claim ran out; another pass may send it again", mail.id());
                }
            }
        } finally {
            repository.release(token);
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender sender, ClaimedMail mail)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.toName() == null ? new InternetAddress(mail.to(), true)
                : new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
        helper.setSubject(mail.subject());
        helper.setSentDate(Date.from(clock.instant()));
        helper.setText(mail.text(), mail.html() != null ? mail.html() : PlainTextHtml.of(mail.text()));
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            String value = MimeUtility.encodeText(header.getValue(), StandardCharsets.UTF_8.name(), null);
            message.addHeader(header.getKey(), MimeUtility.fold(header.getKey().length() + 2, value));
        }
        return message;
    }

    private void recordFailure(ClaimedMail mail, String token, Exception failure) {
        String error = describe(failure);
        int attempts = mail.attempts() + 1;
        Instant next = retries.nextAttempt(attempts, clock.instant()).orElse(null);
        repository.markFailed(mail.id(), token, error, next);
        if (next == null) {
            log.warn("Mail {} failed for good after {} attempts: {}", mail.id(), attempts, error);
        } else {
            log.warn("Mail {} not sent (attempt {}), next try at {}: {}", mail.id(), attempts, next, error);
        }
    }

    /** One short line for the outbox page: what went wrong and its innermost cause, never a stack trace. */
    static String describe(Exception failure) {
        Throwable detail = failure;
        // Spring's summary lists every failed message; the first one's own exception says it better.
        if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            detail = send.getMessageExceptions()[0];
        }
        String text = String.valueOf(detail.getMessage()).lines().findFirst().orElse("");
        Throwable root = NestedExceptionUtils.getMostSpecificCause(detail);
        if (root != detail) {
            text = text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        } else if (!(detail instanceof MessagingException)) {
            text = detail.getClass().getSimpleName() + ": " + text;
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
