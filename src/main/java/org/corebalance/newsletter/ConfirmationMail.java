package org.corebalance.newsletter;

/** What the double opt-in e-mail shows ({@code newsletter/mail/confirmation.jte}): the link to the confirmation button. */
public record ConfirmationMail(String confirmUrl) {
}
