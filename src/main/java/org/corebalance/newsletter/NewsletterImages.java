package org.corebalance.newsletter;

import java.time.Instant;
import java.util.List;
import org.corebalance.media.MediaUse;
import org.corebalance.media.MediaUses;
import org.springframework.stereotype.Component;

/**
 * Tells media which images newsletters show, so that none is deleted from under a draft or from
 * the mail already sent (its readers fetch the image whenever they open it). No newsletter is a
 * public page: its images reach readers by their shared addresses, never by this.
 */
@Component
class NewsletterImages implements MediaUses {

    private final NewsletterRepository newsletters;

    NewsletterImages(NewsletterRepository newsletters) {
        this.newsletters = newsletters;
    }

    @Override
    public boolean shownPublicly(long mediaId, Instant now) {
        return false;
    }

    @Override
    public List<MediaUse> usesOf(long mediaId) {
        return newsletters.findNaming(mediaId).stream()
                .map(n -> new MediaUse("Newsletter \u201c" + n.subject() + "\u201d" + (n.sent() ? " (sent)" : ""),
                        "/admin/newsletters/" + n.id()))
                .toList();
    }
}
