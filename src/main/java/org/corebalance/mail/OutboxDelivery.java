package org.corebalance.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.corebalance.mail.OutboxRepository.ClaimedMail;
import org.corebalance.system.CoreBalanceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * One delivery pass: claims due messages in batches, sends them over one SMTP connection and
 * records each one's outcome as soon as the server has answered. Does nothing while no SMTP server is
 * configured, so messages wait in the outbox.
 *
 * <p>A claim lasts {@code claimTimeout} (30 s) and is renewed while a long batch is being sent, so
 * a pass that crashed lets another take its messages over half a minute later, and a pass that is
 * alive keeps them. Each message is marked sent right after the server's 250, not at the end of its
 * batch: a crash then leaves at most the one message in flight to be sent again, and that copy
 * carries the same Message-ID.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int MAX_ERROR_LENGTH = 500;
    /** Failures in a row after which a pass leaves the rest for the next one: the server is refusing for now. */
    static final int FAILURES_IN_A_ROW = 3;

    private final OutboxRepository repository;
    private final ObjectProvider<JavaMailSenderImpl> mailSender;
    private final Clock clock;
    private final MailSettings settings;
    private final RetrySchedule retries;
    private final InternetAddress from;
    private final String messageIdDomain;

    OutboxDelivery(OutboxRepository repository, ObjectProvider<JavaMailSenderImpl> mailSender, Clock clock,
            MailSettings settings, CoreBalanceProperties properties) throws UnsupportedEncodingException {
        this.repository = repository;
        this.mailSender = mailSender;
        this.clock = clock;
        this.settings = settings;
        this.retries = RetrySchedule.of(settings);
        String address = settings.from().isBlank() ? properties.practice().email() : settings.from();
        String name = settings.fromName().isBlank() ? properties.practice().name() : settings.fromName();
        this.from = new InternetAddress(address, name, StandardCharsets.UTF_8.name());
        this.messageIdDomain = address.substring(address.lastIndexOf('@') + 1);
    }

    boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** @return how many messages the SMTP server accepted in this pass */
    int deliverDue() {
        return deliverDue(() -> false);
    }

    /**
     * Sends due messages, batch after batch over one connection, until none is due, the server
     * fails {@value #FAILURES_IN_A_ROW} in a row or cannot be reached, or {@code stop} says so (the
     * instance is shutting down).
     *
     * @return how many messages the SMTP server accepted in this pass
     */
    int deliverDue(BooleanSupplier stop) {
        JavaMailSenderImpl sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        try (var connection = new SmtpConnection(sender)) {
            Batch batch;
            do {
                batch = new Batch(UUID.randomUUID().toString());
                sent += batch.send(connection, stop);
            } while (batch.full && !batch.interrupted && !stop.getAsBoolean());
        }
        return sent;
    }

    /** One claimed batch of messages, sent in order; the messages it did not get to go back to the queue. */
    private final class Batch {

        private final String token;
        private boolean full;
        private boolean interrupted;

        Batch(String token) {
            this.token = token;
        }

        int send(SmtpConnection connection, BooleanSupplier stop) {
            Instant now = clock.instant();
            Instant claimedUntil = now.plus(settings.claimTimeout());
            List<ClaimedMail> claimed = repository.claimDue(now, claimedUntil, token, settings.batchSize(),
                    messageIdDomain);
            full = claimed.size() >= settings.batchSize();
            // Renewed once a quarter of the claim has passed, so that each message starts with three
            // quarters of it left (22 s by default): more than the SMTP read timeout (20 s) a hung send waits.
            Duration renewAfter = settings.claimTimeout().dividedBy(4);
            Instant renewAt = now.plus(renewAfter);
            int sent = 0;
            int failuresInARow = 0;
            try {
                for (int i = 0; i < claimed.size() && !interrupted; i++) {
                    ClaimedMail mail = claimed.get(i);
                    if (stop.getAsBoolean()) {
                        interrupted = true;
                        break;
                    }
                    now = clock.instant();
                    if (!now.isBefore(renewAt)) {
                        int held = repository.renew(token, now.plus(settings.claimTimeout()));
                        if (held < claimed.size() - i) {
                            log.warn("A delivery pass lost {} claimed messages to another pass; it leaves the rest",
                                    claimed.size() - i - held);
                            interrupted = true;
                            break;
                        }
                        renewAt = now.plus(renewAfter);
                    }
                    MimeMessage message;
                    try {
                        message = message(connection.session(), mail);
                    } catch (MessagingException | UnsupportedEncodingException e) {
                        // Its address or header does not make a message (it passed OutgoingMail's checks, so
                        // this is rare); another try would fail the same way.
                        giveUp(mail, describe(e));
                        continue;
                    }
                    try {
                        connection.open();
                    } catch (MessagingException e) {
                        // Nothing can go now; this message spends an attempt, the rest wait untouched.
                        recordFailure(mail, token, e);
                        interrupted = true;
                        break;
                    }
                    try {
                        connection.send(message);
                    } catch (MessagingException | RuntimeException e) {
                        if (SmtpAnswer.in(e).filter(SmtpAnswer::permanent).isPresent()) {
                            giveUp(mail, describe(e));
                        } else {
                            recordFailure(mail, token, e);
                        }
                        if (++failuresInARow >= FAILURES_IN_A_ROW) {
                            interrupted = true;
                        }
                        continue;
                    }
                    failuresInARow = 0;
                    if (repository.markSent(mail.id(), token, clock.instant())) {
                        sent++;
                    } else {
                        log.warn("Mail {} was sent after its claim ran out; another pass may send it again", mail.id());
                        interrupted = true;
                    }
                }
            } finally {
                repository.release(token);
            }
            return sent;
        }

        private void giveUp(ClaimedMail mail, String reason) {
            String error = shorten(reason);
            repository.markFailed(mail.id(), token, error, null);
            log.warn("Mail {} failed for good at attempt {}: {}", mail.id(), mail.attempts() + 1, error);
        }
    }

    private MimeMessage message(Session session, ClaimedMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new OutboxMessage(session, mail.messageId());
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
        message.saveChanges();
        return message;
    }

    /** A message that keeps the Message-ID the outbox gave it, where Jakarta Mail would make a new one at every save. */
    static final class OutboxMessage extends MimeMessage {

        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
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

    /**
     * One short line for the outbox page, never a stack trace: the mail server's answer when it gave
     * one, otherwise what went wrong and its innermost cause.
     */
    static String describe(Exception failure) {
        Optional<SmtpAnswer> answer = SmtpAnswer.in(failure);
        if (answer.isPresent()) {
            return shorten((answer.get().code() < 500 ? "Deferred by the mail server: " : "Refused by the mail server: ")
                    + answer.get().reply());
        }
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
        return shorten(text);
    }

    /** One line of at most {@value #MAX_ERROR_LENGTH} characters. */
    static String shorten(String text) {
        String line = String.valueOf(text).replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_ERROR_LENGTH ? line : line.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
