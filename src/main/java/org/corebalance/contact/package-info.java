/**
 * The contact form: a reader's message is stored, the coach is e-mailed and the sender gets a
 * confirmation; the coach reads, marks and archives messages in the back office. Uses
 * {@code mail} to send and {@code system} for settings and rate limits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact")
package org.corebalance.contact;
