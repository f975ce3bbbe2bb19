package org.corebalance.system;

import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page "staff": the member of staff signed in to the back office, or null for everyone else. */
// Our pages only: actuator endpoints are handler methods too, and must not read settings or sessions.
@ControllerAdvice(basePackages = "org.corebalance")
class StaffModelAdvice {

    private final WhoIsSignedIn whoIsSignedIn;

    StaffModelAdvice(WhoIsSignedIn whoIsSignedIn) {
        this.whoIsSignedIn = whoIsSignedIn;
    }

    @ModelAttribute("staff")
    SignedIn staff() {
        return whoIsSignedIn.currentStaff().orElse(null);
    }
}
