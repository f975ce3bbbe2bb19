package org.corebalance.membership;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The owner brings editors in by e-mail and can take them out again. */
@Service
class StaffInvitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final MailApi mail;
    private final CoreBalanceProperties properties;
    private final SignIns signIns;
    private final Clock clock;

    StaffInvitations(AccountRepository accounts, AccountTokens tokens, PasswordEncoder passwords, MailApi mail,
            CoreBalanceProperties properties, SignIns signIns, Clock clock) {
        this.signIns = signIns;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates the editor's account (no password yet) and e-mails the link to choose one; false if the address is taken. */
    @Transactional
    boolean invite(String name, String email, String invitedBy) {
        String address = StaffAccounts.normalise(email);
        if (accounts.findByEmail(address).isPresent()) {
            return false;
        }
        long id = accounts.insert(address, name.strip(), null, StaffRole.EDITOR, clock.instant());
        String link = properties.baseUrl() + "/invitation?token=" + tokens.issue(id, AccountTokens.Purpose.INVITE, VALID_FOR);
        var model = new InvitationMail(name.strip(), invitedBy, link, properties.baseUrl() + "/login");
        mail.send(address, name.strip(), "membership/mail/invitation", model, "staff-invitation");
        return true;
    }

    Optional<Account> invited(String token) {
        return tokens.peek(token, AccountTokens.Purpose.INVITE).flatMap(accounts::findById);
    }

    @Transactional
    boolean accept(String token, String password) {
        Optional<Long> id = tokens.consume(token, AccountTokens.Purpose.INVITE);
        if (id.isEmpty()) {
            return false;
        }
        accounts.updatePassword(id.get(), passwords.encode(password), clock.instant());
        return true;
    }

    /** Removes an editor; they are signed out everywhere at once. The owner cannot be removed. */
    @Transactional
    boolean remove(long id) {
        Optional<Account> account = accounts.findById(id).filter(a -> a.role() == StaffRole.EDITOR);
        if (account.isEmpty()) {
            return false;
        }
        accounts.deleteEditor(id);
        signIns.endAll(account.get().email(), null);
        return true;
    }
}
