package org.corebalance.membership;

import jakarta.validation.constraints.NotBlank;

/** Changing one's own password: the current one, and the new one twice. */
public record PasswordChangeForm(
        @NotBlank(message = "Please enter your current password.") String currentPassword,
        @NotBlank(message = "Please choose a new password.") String newPassword,
        @NotBlank(message = "Please type the new password again.") String confirmation) {
}
