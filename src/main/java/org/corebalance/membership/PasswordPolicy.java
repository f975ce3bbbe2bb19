package org.corebalance.membership;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corebalance.system.CoreBalanceProperties;
import org.springframework.stereotype.Component;

/**
 * Says whether a new password is acceptable and, if not, what to change, in a sentence for the
 * person choosing it. The password itself is never altered: what is hashed is exactly what was
 * typed, so spaces and case count.
 */
@Component
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    // Shorter names and local parts ("ann", "jo") occur inside too many good passwords.
    private static final int MIN_GUESSABLE_PART = 4;

    private final String practiceName;
    private final String practiceNameWithoutSpaces;
    private static final java.util.regex.Pattern PADDING = java.util.regex.Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    PasswordPolicy(CoreBalanceProperties properties) {
        this.practiceName = folded(properties.practice().name());
        this.practiceNameWithoutSpaces = practiceName.replaceAll("\\s+", "");
    }

    /** What is wrong with {@code password} for the account with this e-mail address, if anything. */
    Optional<String> problem(String password, String email) {
        String typed = password == null ? "" : password;
        // Code points, so an emoji or a letter outside the Basic Multilingual Plane counts as one.
        int length = typed.codePointCount(0, typed.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (typed.codePoints().distinct().count() == 1) {
            return Optional.of("That password is one character repeated; choose another.");
        }
        String lower = folded(typed);
        // "password1234" is as guessable as "password": digits and symbols around a common word add little.
        String core = PADDING.matcher(lower).replaceAll("");
        if (CommonPasswords.LIST.contains(lower) || CommonPasswords.LIST.contains(core)) {
            return Optional.of("That password is one of the most common ones; choose another.");
        }
        String localPart = localPart(email);
        if (guessable(localPart) && lower.contains(localPart)) {
            return Optional.of("That password contains the first part of your e-mail address; choose another.");
        }
        if ((guessable(practiceName) && lower.contains(practiceName))
                || (guessable(practiceNameWithoutSpaces) && lower.contains(practiceNameWithoutSpaces))) {
            return Optional.of("That password contains the practice's name; choose another.");
        }
        return Optional.empty();
    }

    private static String localPart(String email) {
        if (email == null) {
            return "";
        }
        int at = email.lastIndexOf('@');
        return folded(at < 0 ? email : email.substring(0, at));
    }

    private static boolean guessable(String part) {
        return part.codePointCount(0, part.length()) >= MIN_GUESSABLE_PART;
    }

    private static String folded(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The 10,000 most common passwords, lower-cased; read on first use, once per JVM. */
    private static final class CommonPasswords {

        static final Set<String> LIST = load("/security/common-passwords.txt");

        private static Set<String> load(String resource) {
            InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
