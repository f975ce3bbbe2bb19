package org.corebalance.shared;

import java.util.regex.Pattern;

/**
 * The one rule for e-mail addresses, used by every form and by the outbox, so that an address a
 * form accepts can always be written to: a local part without spaces or address syntax, and a
 * domain of at least two labels.
 */
public final class EmailAddresses {

    public static final String PATTERN =
            "[^\\s@<>()\\[\\],;:\"\\\\]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}";
    /** For form fields: an empty value is left to {@code @NotBlank}, so it gets one clear message. */
    public static final String PATTERN_OR_EMPTY = "(" + PATTERN + ")?";
    /** For names that go into e-mail headers and page titles: one line, no control characters. */
    public static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    public static final int MAX_LENGTH = 254;
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && COMPILED.matcher(address).matches();
    }
}
