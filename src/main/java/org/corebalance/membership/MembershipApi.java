package org.corebalance.membership;

import java.util.Optional;
import org.corebalance.system.SetupState;
import org.corebalance.system.StaffView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** What other modules may ask about accounts: is the practice set up, and who is signed in. */
@Service
public class MembershipApi implements SetupState {

    private final AccountRepository accounts;
    /** Once an owner exists the practice stays set up, so the answer is kept after the first yes. */
    private volatile boolean setUp;

    MembershipApi(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean isComplete() {
        if (!setUp && accounts.ownerExists()) {
            setUp = true;
        }
        return setUp;
    }

    /** The member of staff signed in on this request, if any. */
    public Optional<StaffView> currentStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return Optional.of(new StaffView(staff.id(), staff.displayName(), staff.getUsername(), staff.isOwner()));
        }
        return Optional.empty();
    }
}
