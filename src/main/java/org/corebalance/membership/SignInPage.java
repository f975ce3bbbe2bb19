package org.corebalance.membership;

/** The sign-in page: what to say above the form (an error or a confirmation), and the e-mail to prefill. */
public record SignInPage(String error, String notice) {
}
