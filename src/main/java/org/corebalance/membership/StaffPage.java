package org.corebalance.membership;

import java.util.List;
import org.corebalance.shared.FieldErrors;

/** The owner's staff page: everyone with an account, and the invitation form. */
public record StaffPage(List<Member> members, String name, String email, FieldErrors errors, String notice) {

    /** One member of staff as listed. */
    public record Member(long id, String name, String email, String role, boolean invited, boolean removable) {
    }
}
