package org.corebalance.media;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.corebalance.system.ServerKeys;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may see a stored image: everyone once a public page shows it (as every {@link MediaUses}
 * tells), and anyone holding its shared address (made for e-mail, which is read signed out).
 * Ids are counted up from 1, so without this an image uploaded for a draft could be found by
 * trying each id in turn.
 */
@Component
class MediaVisibility {

    private static final String KEY_PURPOSE = "media-shared-address";
    /** 128 bits of HMAC-SHA256, URL-safe base64 without padding. */
    static final int SHARE_KEY_LENGTH = 22;
    private static final int MAX_REMEMBERED = 50_000;

    private final List<MediaUses> uses;
    private final ServerKeys keys;
    private final TransactionTemplate outsideTransactions;
    private final Clock clock;
    /**
     * Images some public page showed. They stay public on this instance even if the page is
     * unpublished later: readers' browsers keep them for a year anyway. Only yes is remembered,
     * so made-up ids cannot fill it, and an image becomes public the moment its page does.
     */
    private final Set<Long> shown = ConcurrentHashMap.newKeySet();
    private volatile SecretKeySpec key;

    MediaVisibility(List<MediaUses> uses, ServerKeys keys, PlatformTransactionManager transactions, Clock clock) {
        this.uses = List.copyOf(uses);
        this.keys = keys;
        this.outsideTransactions = new TransactionTemplate(transactions);
        this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.clock = clock;
    }

    /** Whether a page anyone may read now shows the image. */
    boolean isPublic(long id) {
        if (shown.contains(id)) {
            return true;
        }
        Instant now = clock.instant();
        for (MediaUses use : uses) {
            if (use.shownPublicly(id, now)) {
                if (shown.size() >= MAX_REMEMBERED) {
                    shown.clear();
                }
                shown.add(id);
                return true;
            }
        }
        return false;
    }

    /** Made (the first time ever) at start-up, so that no reader's request, with or without a key, writes anything. */
    @EventListener(ApplicationReadyEvent.class)
    void makeTheKey() {
        key();
    }

    /** The key that opens one image (every size of it) to whoever holds it. */
    String shareKey(long id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] tag = mac.doFinal(("media " + id).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(tag, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a shared image address", e);
        }
    }

    /** Whether {@code given} is this image's share key; anything malformed is simply no key. */
    boolean opens(String given, long id) {
        if (given == null || given.length() != SHARE_KEY_LENGTH) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                shareKey(id).getBytes(StandardCharsets.US_ASCII));
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            // Stored outside the caller's transaction: had that one (a newsletter being sent) rolled back, the
            // key already in its mail would be forgotten, and the images lost to their readers.
            current = new SecretKeySpec(outsideTransactions.execute(status -> keys.key(KEY_PURPOSE)), "HmacSHA256");
            key = current;
        }
        return current;
    }
}
