package org.corebalance.newsletter;

import org.corebalance.shared.PageMeta;

/**
 * The newsletter pages, one template in several states: the sign-up form ("form"), "check your
 * inbox" ("sent"), the confirmation button ("confirm"), "confirmed", "unsubscribed", and a link
 * that no longer works ("expired"). What it says about e-mail on its way depends on {@code mailSending}
 * (an SMTP server is set up).
 */
public record NewsletterPage(PageMeta meta, String state, String email, String error, String token, boolean mailSending) {
}
