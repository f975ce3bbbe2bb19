package org.corebalance.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Tokens for links in e-mails: 256 random bits, URL-safe, and the SHA-256 kept instead of them. */
public final class SecretTokens {

    /** The length of {@link #random()}'s result. */
    public static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a string could be one of ours at all (checked before any database look-up). */
    public static boolean plausible(String token) {
        return token != null && token.length() == LENGTH && token.chars()
                .allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}
