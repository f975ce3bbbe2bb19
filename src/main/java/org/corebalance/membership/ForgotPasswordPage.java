package org.corebalance.membership;

/**
 * The forgotten-password page; {@code sent} after a request (the same answer for any address).
 * Without {@code mailSending} (no SMTP server) the link waits in the outbox, and the page says so.
 */
public record ForgotPasswordPage(boolean sent, String error, boolean mailSending) {
}
