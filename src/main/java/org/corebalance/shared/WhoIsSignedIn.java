package org.corebalance.shared;

import java.util.Optional;

/**
 * The question "who is signed in on this request?", answered by the membership module, so that no
 * other module needs to depend on membership to ask it.
 */
public interface WhoIsSignedIn {

    /** The person signed in on this request, if anyone is. */
    Optional<SignedIn> current();

    /** The member of staff (owner or editor) signed in on this request, if one is. */
    default Optional<SignedIn> currentStaff() {
        return current().filter(SignedIn::isStaff);
    }
}
