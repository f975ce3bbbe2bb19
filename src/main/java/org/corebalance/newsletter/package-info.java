/**
 * "Stay in touch": newsletter sign-up with double opt-in, one-click unsubscribe (RFC 8058), and
 * the owner's subscriber list. Uses {@code mail} to send and {@code system} for settings and
 * rate limits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsletter")
package org.corebalance.newsletter;
