package org.corebalance.membership;

import org.corebalance.shared.FieldErrors;

/** The change-password page. */
public record PasswordChangePage(FieldErrors errors, boolean changed) {
}
