/**
 * Accounts and what keeps them safe: for now the practice's staff (the owner and editors),
 * members later; sign-in, passwords and their policy, and the single-use links sent by e-mail
 * to reset a password or accept an invitation. Uses {@code system} for settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package org.corebalance.membership;
