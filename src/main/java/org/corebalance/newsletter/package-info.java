/**
 * "Stay in touch": newsletter sign-up with double opt-in, one-click unsubscribe (RFC 8058), the
 * owner's subscriber list, and newsletters the owner writes in Markdown and sends once to every
 * confirmed subscriber. Its e-mails are templates under {@code newsletter/mail/}. Uses
 * {@code mail} to send, {@code blog} to render Markdown as articles are, {@code media} to keep the
 * images newsletters show from being deleted (as a {@code MediaUses}), and {@code system} for
 * settings and rate limits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsletter")
package org.corebalance.newsletter;
