package org.corebalance.membership;

import org.corebalance.shared.FieldErrors;

/**
 * The page behind an e-mailed link: choose a password, or, when the link is no longer valid,
 * say so and offer a way to ask again.
 *
 * @param heading     what the page is for ("Choose a new password", "Join ...")
 * @param action      where the form posts
 * @param token       the link's token, carried in a hidden field
 * @param email       whose password it is (shown, and given to password managers)
 * @param linkValid   false when the link is unknown, expired or already used
 */
public record NewPasswordPage(String heading, String action, String token, String email, boolean linkValid,
        FieldErrors errors) {
}
