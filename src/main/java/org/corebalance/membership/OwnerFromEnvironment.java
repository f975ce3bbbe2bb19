package org.corebalance.membership;

import java.util.Optional;
import org.corebalance.shared.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * For automated deploys: with CORE_BALANCE_OWNER_EMAIL, _NAME and _PASSWORD set, the owner is
 * created at start-up instead of through the setup page (once; later starts change nothing),
 * before the web server takes any request, so that nobody can claim the setup page first.
 * A password the policy refuses stops the start with the reason, rather than a weak owner.
 */
@Component
@EnableConfigurationProperties(OwnerFromEnvironment.OwnerProperties.class)
class OwnerFromEnvironment implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OwnerFromEnvironment.class);

    private final OwnerProperties owner;
    private final StaffAccounts staff;
    private final MembershipApi membership;

    OwnerFromEnvironment(OwnerProperties owner, StaffAccounts staff, MembershipApi membership) {
        this.owner = owner;
        this.staff = staff;
        this.membership = membership;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (owner.email() == null || owner.email().isBlank() || membership.isComplete()) {
            return;
        }
        if (owner.name() == null || owner.name().isBlank() || owner.password() == null) {
            throw new IllegalStateException(
                    "CORE_BALANCE_OWNER_EMAIL is set: set CORE_BALANCE_OWNER_NAME and CORE_BALANCE_OWNER_PASSWORD too.");
        }
        if (!EmailAddresses.isValid(owner.email().strip()) || !owner.name().matches(EmailAddresses.SINGLE_LINE)) {
            throw new IllegalStateException("CORE_BALANCE_OWNER_EMAIL is not an e-mail address, or the name is not one line.");
        }
        Optional<String> problem = staff.passwordProblem(owner.password(), owner.email());
        if (problem.isPresent()) {
            throw new IllegalStateException("CORE_BALANCE_OWNER_PASSWORD is refused: " + problem.get());
        }
        staff.createOwner(owner.name(), owner.email(), owner.password());
        log.info("Created the practice's owner from the environment");
    }

    /** The owner's account from the environment (all three, or none). */
    @ConfigurationProperties("corebalance.owner")
    record OwnerProperties(String email, String name, String password) {
    }
}
