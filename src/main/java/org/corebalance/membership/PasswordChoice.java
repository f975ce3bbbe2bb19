package org.corebalance.membership;

import java.util.Optional;
import org.corebalance.shared.FieldErrors;

/** The checks every newly chosen password passes: the policy, and typed the same twice. */
final class PasswordChoice {

    private PasswordChoice() {
    }

    static FieldErrors check(NewPasswordForm form, String email, FieldErrors errors, StaffAccounts staff) {
        if (!errors.has("password") && form.password() != null) {
            Optional<String> problem = staff.passwordProblem(form.password(), email);
            if (problem.isPresent()) {
                errors = errors.with("password", problem.get());
            }
        }
        if (!errors.has("confirmation") && form.password() != null && !form.password().equals(form.confirmation())) {
            errors = errors.with("confirmation", "The two passwords are not the same.");
        }
        return errors;
    }
}
