package org.corebalance.assessment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.corebalance.system.ServerKeys;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals a {@link Draft} into the text a step page carries in a hidden field, and opens it again
 * when the step comes back: AES-256-GCM with the site's own key, so the answers in it cannot be
 * read from the page's source, and a draft that was changed, cut or made up does not open.
 */
@Component
class DraftSeal {

    private static final String PURPOSE = "assessment-draft";
    private static final byte[] CONTEXT = "core-balance assessment draft v1".getBytes(StandardCharsets.US_ASCII);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Far more than five steps of answers need; longer input is refused before any work. */
    private static final int MAX_LENGTH = 16_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerKeys keys;
    private volatile SecretKeySpec key;

    DraftSeal(ServerKeys keys) {
        this.keys = keys;
    }

    String seal(Draft draft) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(draft));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal an assessment draft", e);
        }
    }

    /** The draft, or empty for anything this site did not seal (changed, cut, made up, or sealed with another key). */
    Optional<Draft> open(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(text);
            if (in.length < IV_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            byte[] iv = Arrays.copyOf(in, IV_BYTES);
            byte[] plain = cipher(Cipher.DECRYPT_MODE, iv).doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return Optional.of(JSON.readValue(plain, Draft.class));
        } catch (IllegalArgumentException | GeneralSecurityException | JacksonException notOurs) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(CONTEXT);
        return cipher;
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            known = new SecretKeySpec(keys.key(PURPOSE), "AES");
            key = known;
        }
        return known;
    }
}
