package org.corebalance.membership;

/**
 * What the password-reset e-mail shows ({@code membership/mail/password-reset.jte}): whom it greets
 * and the single-use link to choose a new password.
 */
public record PasswordResetMail(String name, String resetUrl) {
}
