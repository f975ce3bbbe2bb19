package org.corebalance.membership;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corebalance.system.PracticeSettings;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice's staff accounts: the one-time setup, passwords, and (for the owner) editors. */
@Service
class StaffAccounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final PracticeSettingsService settings;
    private final AccountTokens tokens;
    private final SignIns signIns;
    private final Clock clock;

    StaffAccounts(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy,
            PracticeSettingsService settings, AccountTokens tokens, SignIns signIns, Clock clock) {
        this.tokens = tokens;
        this.signIns = signIns;
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
    }

    Optional<String> passwordProblem(String password, String email) {
        return policy.problem(password, email);
    }

    /**
     * Creates the owner and saves the practice's settings, once. A second attempt (even a
     * simultaneous one) fails with {@link SetupAlreadyDoneException}.
     */
    @Transactional
    void setUp(SetupForm form) {
        if (accounts.ownerExists()) {
            throw new SetupAlreadyDoneException();
        }
        String email = normalise(form.email());
        try {
            accounts.insert(email, form.ownerName().strip(), passwords.encode(form.password()), StaffRole.OWNER,
                    clock.instant());
        } catch (DataIntegrityViolationException e) {
            throw new SetupAlreadyDoneException();
        }
        PracticeSettings current = settings.current();
        settings.save(new PracticeSettings(form.practiceName().strip(), form.city().strip(),
                normalise(form.contactEmail()), ZoneId.of(form.timeZone()), current.socialLinks(),
                current.demoEnabled()));
    }

    /** Creates the owner without touching the settings (for automated deploys); once only. */
    @Transactional
    void createOwner(String name, String email, String password) {
        if (accounts.ownerExists()) {
            throw new SetupAlreadyDoneException();
        }
        accounts.insert(normalise(email), name.strip(), passwords.encode(password), StaffRole.OWNER, clock.instant());
    }

    /**
     * Changes the password when the current one is right (false when it is not). Every other
     * session and remembered sign-in of the account ends, and open e-mailed links stop working:
     * whoever knew the old password is out.
     */
    @Transactional
    boolean changePassword(long accountId, String currentPassword, String newPassword, String keepSessionId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.passwordHash() == null || !passwords.matches(currentPassword, account.passwordHash())) {
            return false;
        }
        accounts.updatePassword(accountId, passwords.encode(newPassword), clock.instant());
        tokens.retireAll(accountId);
        signIns.endAll(account.email(), keepSessionId);
        return true;
    }

    List<Account> all() {
        return accounts.findAll();
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
