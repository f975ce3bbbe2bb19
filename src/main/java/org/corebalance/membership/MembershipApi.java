package org.corebalance.membership;

import java.util.Optional;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.system.SetupState;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * What the rest of the application may ask about accounts, through the small interfaces it
 * implements: is the practice set up ({@link SetupState}), and who is signed in
 * ({@link WhoIsSignedIn}). Other modules depend on those interfaces, never on this class.
 */
@Service
public class MembershipApi implements SetupState, WhoIsSignedIn {

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

    @Override
    public Optional<SignedIn> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return Optional.of(staff.signedIn());
        }
        return Optional.empty();
    }
}
