package org.corebalance.membership;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this address; try again later. */
public class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("Too many failed sign-ins. Please wait 15 minutes and try again.");
    }
}
