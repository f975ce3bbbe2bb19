package org.corebalance.membership;

/** The forgotten-password page; {@code sent} after a request (the same answer for any address). */
public record ForgotPasswordPage(boolean sent, String error) {
}
