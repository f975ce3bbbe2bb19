package org.corebalance.contact;

/**
 * What the contact module's e-mails show ({@code contact/mail/*.jte}): the message as stored, and
 * where the coach reads and answers it.
 */
public record ContactMail(ContactMessage message, String inboxUrl) {
}
