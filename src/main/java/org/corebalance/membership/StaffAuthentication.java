package org.corebalance.membership;

import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.corebalance.shared.ClientAddress;
import org.corebalance.shared.EmailAddresses;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs staff in by e-mail and password. Known and unknown addresses take the same path and the
 * same time (a password is always checked), and give the same answer; too many failures for an
 * account or from an address are refused before any password is checked.
 */
@Component
class StaffAuthentication implements AuthenticationProvider, UserDetailsService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SignInLimiter limiter;
    private final String unknownAccountHash;
    private final Semaphore hashing = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    /** Longer than any password the policy accepts, and short enough not to be a burden. */
    static final int MAX_PASSWORD_INPUT = 1024;
    static final String WRONG = "That e-mail and password don't match an account.";

    StaffAuthentication(AccountRepository accounts, PasswordEncoder passwords, SignInLimiter limiter) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.limiter = limiter;
        this.unknownAccountHash = passwords.encode("no account has this password, it only costs the same time");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String password = String.valueOf(authentication.getCredentials());
        if (email.isEmpty() || email.length() > EmailAddresses.MAX_LENGTH || password.length() > MAX_PASSWORD_INPUT) {
            throw new BadCredentialsException(WRONG);
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? ClientAddress.of(details.getRemoteAddress()) : "unknown";
        SignInLimiter.Attempt attempt = limiter.attempt(email, address);
        if (attempt.blocked()) {
            throw new SignInThrottledException();
        }
        var account = accounts.findByEmail(email).filter(a -> a.passwordHash() != null);
        if (!matches(password, account.map(Account::passwordHash).orElse(unknownAccountHash)) || account.isEmpty()) {
            throw new BadCredentialsException(WRONG);
        }
        limiter.succeeded(attempt, email);
        var principal = new StaffPrincipal(account.get());
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /**
     * Argon2 takes 19 MiB and a few dozen milliseconds per check; with virtual threads nothing else
     * limits how many run at once, so a flood of sign-ins could exhaust memory. A few at a time.
     */
    private boolean matches(String password, String hash) {
        boolean acquired = false;
        try {
            acquired = hashing.tryAcquire(5, TimeUnit.SECONDS);
            if (!acquired) {
                throw new SignInThrottledException();
            }
            return passwords.matches(password, hash);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInThrottledException();
        } finally {
            if (acquired) {
                hashing.release();
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** For "remember me": the account behind a remembered sign-in, as it is now. */
    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(email.toLowerCase(Locale.ROOT))
                .filter(a -> a.passwordHash() != null)
                .map(StaffPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
