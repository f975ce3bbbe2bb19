/**
 * Outgoing e-mail: messages written from their module's jte templates in the practice's look
 * (subject, HTML part and a plain-text part read off it), the outbox (every message stored in
 * the transaction that caused it), SMTP
 * delivery by a cluster-safe db-scheduler job that claims messages before sending them, and
 * retries with backoff. Other modules queue mail and read the outbox through
 * {@link org.corebalance.mail.MailApi}. Uses {@code system} for settings (the practice's name and
 * address as default sender) and {@code shared}; nothing else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = {"system", "shared"})
package org.corebalance.mail;
