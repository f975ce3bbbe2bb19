package org.corebalance.membership;

import java.time.Instant;

/** A staff account; {@code passwordHash} is null until an invited editor chooses a password. */
record Account(long id, String email, String displayName, String passwordHash, StaffRole role, Instant createdAt) {

    boolean isOwner() {
        return role == StaffRole.OWNER;
    }
}
