package org.corebalance.membership;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The practice already has its owner; the setup page is gone for good. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SetupAlreadyDoneException extends RuntimeException {

    SetupAlreadyDoneException() {
        super("The practice is already set up");
    }
}
