package org.corebalance.membership;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a link by e-mail, valid for 30 minutes and once, that lets the person
 * choose a new password. Asking for one answers the same whether or not the address has an
 * account, and an account gets at most a few links an hour.
 */
@Service
class PasswordReset {

    static final Duration VALID_FOR = Duration.ofMinutes(30);
    static final int PER_HOUR = 3;

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final MailApi mail;
    private final CoreBalanceProperties properties;
    private final SignIns signIns;
    private final SignInLimiter limiter;
    private final Clock clock;

    PasswordReset(AccountRepository accounts, AccountTokens tokens, PasswordEncoder passwords, MailApi mail,
            CoreBalanceProperties properties, SignIns signIns, SignInLimiter limiter, Clock clock) {
        this.signIns = signIns;
        this.limiter = limiter;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends a reset link if the address belongs to an account that has a password, within the
     * limits on links per hour and on mail to typed addresses ({@code clientAddress} asked).
     */
    @Transactional
    void request(String email, String clientAddress) {
        Optional<Account> account = accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT))
                .filter(a -> a.passwordHash() != null);
        if (account.isEmpty()
                || tokens.issuedSince(account.get().id(), AccountTokens.Purpose.RESET, clock.instant().minus(Duration.ofHours(1))) >= PER_HOUR) {
            return;
        }
        String token = tokens.issue(account.get().id(), AccountTokens.Purpose.RESET, VALID_FOR);
        var model = new PasswordResetMail(account.get().displayName(), properties.baseUrl() + "/login/reset?token=" + token);
        mail.sendToVisitor(clientAddress, null, account.get().email(), account.get().displayName(),
                "membership/mail/password-reset", model, "password-reset", Map.of());
    }

    /** Sets the new password with a valid link; false when the link is unknown, expired or used. */
    @Transactional
    boolean reset(String token, String newPassword) {
        Optional<Long> accountId = tokens.consume(token, AccountTokens.Purpose.RESET);
        if (accountId.isEmpty()) {
            return false;
        }
        Account account = accounts.findById(accountId.get()).orElseThrow();
        accounts.updatePassword(account.id(), passwords.encode(newPassword), clock.instant());
        tokens.retireAll(account.id());
        signIns.endAll(account.email(), null);
        limiter.clearAccount(account.email());
        return true;
    }

    Optional<String> emailFor(String token) {
        return tokens.peek(token, AccountTokens.Purpose.RESET).flatMap(accounts::findById).map(Account::email);
    }

}
