/**
 * Accounts and signing in: today the practice's staff (the owner and editors), later members.
 * Owns the one-time setup, sign-in with throttling, passwords (Argon2id), password reset and
 * staff invitation links, and the staff page. Answers {@code shared}'s {@code WhoIsSignedIn} and
 * {@code system}'s {@code SetupState} (through {@code MembershipApi}), so no other module depends
 * on this one. Uses {@code system} (settings, security) and {@code mail} for the links it sends,
 * written from templates under {@code membership/mail/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package org.corebalance.membership;
