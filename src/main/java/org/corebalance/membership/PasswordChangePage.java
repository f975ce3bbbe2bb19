package org.corebalance.membership;

import org.corebalance.shared.FieldErrors;

/** The change-password page: the messages next to its fields, if what was typed is refused. */
public record PasswordChangePage(FieldErrors errors) {
}
