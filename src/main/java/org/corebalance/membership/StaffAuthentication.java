package org.corebalance.membership;

import java.util.Locale;
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
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (limiter.isBlocked(email, address)) {
            throw new SignInThrottledException();
        }
        var account = accounts.findByEmail(email).filter(a -> a.passwordHash() != null);
        boolean matches = passwords.matches(password, account.map(Account::passwordHash).orElse(unknownAccountHash));
        if (account.isEmpty() || !matches) {
            limiter.recordFailure(email, address);
            throw new BadCredentialsException("That e-mail and password don't match an account.");
        }
        limiter.clearAccount(email);
        var principal = new StaffPrincipal(account.get());
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
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
