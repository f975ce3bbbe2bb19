package org.corebalance.media;

import java.util.List;

/**
 * Asks the coach to confirm deleting an image, or says why it cannot be: everything that shows it.
 *
 * @param refused whether a deletion was just refused (the image came into use meanwhile)
 */
public record MediaDeletePage(MediaItem image, List<MediaUse> uses, boolean refused) {

    public MediaDeletePage {
        uses = List.copyOf(uses);
    }

    public boolean inUse() {
        return !uses.isEmpty();
    }
}
