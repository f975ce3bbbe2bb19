package org.corebalance.membership;

import jakarta.validation.constraints.NotBlank;

/** Choosing a password through an e-mailed link (reset or invitation). */
public record NewPasswordForm(
        String token,
        @NotBlank(message = "Please choose a password.") String password,
        @NotBlank(message = "Please type the password again.") String confirmation) {
}
