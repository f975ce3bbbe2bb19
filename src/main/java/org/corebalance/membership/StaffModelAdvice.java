package org.corebalance.membership;

import org.corebalance.system.StaffView;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page "staff": who is signed in to the back office, or null for readers. */
@ControllerAdvice
class StaffModelAdvice {

    private final MembershipApi membership;

    StaffModelAdvice(MembershipApi membership) {
        this.membership = membership;
    }

    @ModelAttribute("staff")
    StaffView staff() {
        return membership.currentStaff().orElse(null);
    }
}
