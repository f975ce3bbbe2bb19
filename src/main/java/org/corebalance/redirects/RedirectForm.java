package org.corebalance.redirects;

/** The add-a-redirect form as typed: the old address and where it should lead. */
public record RedirectForm(String from, String to) {

    static RedirectForm empty() {
        return new RedirectForm("", "");
    }
}
