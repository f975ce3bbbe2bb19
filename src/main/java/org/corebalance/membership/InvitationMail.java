package org.corebalance.membership;

/**
 * What the staff invitation shows ({@code membership/mail/invitation.jte}): the new editor's name,
 * who invited them, the single-use link to choose a password, and where they will sign in.
 */
public record InvitationMail(String name, String invitedBy, String invitationUrl, String signInUrl) {
}
