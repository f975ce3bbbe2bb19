package org.corebalance.membership;

/** The sign-in page: what to say above the form, an error or a confirmation (either may be null). */
public record SignInPage(String error, String notice) {
}
