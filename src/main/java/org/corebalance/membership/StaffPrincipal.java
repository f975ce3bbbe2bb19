package org.corebalance.membership;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.corebalance.shared.SignedIn;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in member of staff, kept in the session (so pages need no database look-up for it). */
final class StaffPrincipal implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final StaffRole role;
    private final transient String passwordHash;

    StaffPrincipal(Account account) {
        this.id = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.role = account.role();
        this.passwordHash = account.passwordHash();
    }

    boolean isOwner() {
        return role == StaffRole.OWNER;
    }

    SignedIn signedIn() {
        return new SignedIn(id, displayName, email, isOwner() ? SignedIn.Role.OWNER : SignedIn.Role.EDITOR);
    }

    @Override
    public List<GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }
}
