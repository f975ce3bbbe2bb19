package org.corebalance.media;

import java.time.Instant;

/**
 * Tells whether a page that anyone may read shows an image. A stored image is served to everyone
 * only when one of these says yes (staff see every image), so an image uploaded for a draft stays
 * private until its page is published. A module whose public pages show images declares one
 * bean of this type; media asks them all and knows none of them.
 */
public interface MediaUses {

    /**
     * Whether a page readers can see at {@code now} shows the image with this id. Answered from
     * what is stored, by time (a page scheduled for later does not count until its time comes).
     */
    boolean shownPublicly(long mediaId, Instant now);
}
