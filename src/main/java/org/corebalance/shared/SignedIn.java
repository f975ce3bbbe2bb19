package org.corebalance.shared;

import java.util.Objects;

/**
 * Who is signed in on this request, as every module may ask: an account's id, the name to greet
 * them by, their e-mail address and their role. Answered by {@link WhoIsSignedIn}.
 */
public record SignedIn(long id, String name, String email, Role role) {

    /** What the account is to the practice: its owner, a member of staff who writes, or a member. */
    public enum Role {
        OWNER, EDITOR, MEMBER
    }

    public SignedIn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
    }

    public boolean isOwner() {
        return role == Role.OWNER;
    }

    /** The owner or an editor: someone who works in the back office. */
    public boolean isStaff() {
        return role == Role.OWNER || role == Role.EDITOR;
    }
}
