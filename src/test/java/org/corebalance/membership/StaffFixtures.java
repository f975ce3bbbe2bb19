package org.corebalance.membership;

import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff accounts for tests on the shared database: made directly, each with a unique address. */
@TestComponent
public class StaffFixtures {

    public static final String PASSWORD = "stable spine, calm breath 2026";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;

    StaffFixtures(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** The practice's owner (made once per database), with {@link #PASSWORD}. */
    public synchronized String owner() {
        return accounts.findAll().stream().filter(Account::isOwner).findFirst().map(Account::email)
                .orElseGet(() -> {
                    String email = "owner@corebalance.test";
                    accounts.insert(email, "Olivia Owner", passwords.encode(PASSWORD), StaffRole.OWNER, Instant.now());
                    return email;
                });
    }

    /** A new editor with {@link #PASSWORD} (in a practice that has its owner, as editors always do). */
    public String editor() {
        owner();
        String email = "editor-" + UUID.randomUUID().toString().substring(0, 8) + "@corebalance.test";
        accounts.insert(email, "Eddie Editor", passwords.encode(PASSWORD), StaffRole.EDITOR, Instant.now());
        return email;
    }
}
