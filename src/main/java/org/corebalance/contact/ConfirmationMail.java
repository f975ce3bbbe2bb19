package org.corebalance.contact;

/**
 * The thanks a sender gets ({@code contact/mail/confirmation.jte}). It goes to an address anyone
 * may type, so it carries nothing they typed: only the topic they picked from our own list.
 */
public record ConfirmationMail(String topic) {
}
