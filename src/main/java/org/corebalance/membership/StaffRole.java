package org.corebalance.membership;

/** What a member of staff may do: the owner everything, an editor articles, media and moderation. */
enum StaffRole {
    OWNER,
    EDITOR;

    String authority() {
        return "ROLE_" + name();
    }
}
