/**
 * The contact form: a reader's message is stored (at most a few from one address in ten
 * minutes) and {@link org.corebalance.contact.ContactMessageReceived} published with it; once it
 * is committed the coach is e-mailed and the sender gets a confirmation (templates under
 * {@code contact/mail/}). The coach reads, marks and archives messages in the back office. Uses
 * {@code mail} to send and {@code system} for settings, web rules and rate limits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact")
package org.corebalance.contact;
