package org.corebalance.newsletter;

/**
 * The "stay in touch" form as a reader sends it: their address, which of the site's forms it came
 * from, and the hidden field that only robots fill in. Missing fields are empty.
 */
record SignUpForm(String email, String source, String website) {

    SignUpForm {
        email = email == null ? "" : email;
        source = source == null ? "" : source;
        website = website == null ? "" : website;
    }

    boolean robot() {
        return !website.isBlank();
    }
}
