package org.corebalance.media;

import java.time.Instant;
import java.util.List;

/**
 * Tells where images are used. A stored image is served to everyone only when one of these says
 * a public page shows it (staff see every image), so an image uploaded for a draft stays private
 * until its page is published; and an image is deleted only when none of these uses it anywhere,
 * published or not. A module that shows images declares one bean of this type; media asks them
 * all and knows none of them.
 */
public interface MediaUses {

    /**
     * Whether a page readers can see at {@code now} shows the image with this id. Answered from
     * what is stored, by time (a page scheduled for later does not count until its time comes).
     */
    boolean shownPublicly(long mediaId, Instant now);

    /**
     * Everything of this module that shows the image, whatever its state (drafts too), from what
     * is stored; empty when nothing does. Asked while the image's row is locked (see
     * {@link MediaApi#holdForUse}), so a module that holds its images when it saves them cannot
     * start using one that is being deleted.
     */
    List<MediaUse> usesOf(long mediaId);
}
