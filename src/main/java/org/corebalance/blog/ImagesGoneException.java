package org.corebalance.blog;

import java.util.Set;

/** An article was to show images that are not in the media library (deleted, or never there). */
class ImagesGoneException extends RuntimeException {

    private final Set<Long> ids;

    ImagesGoneException(Set<Long> ids) {
        super("Not in the media library: " + ids);
        this.ids = Set.copyOf(ids);
    }

    Set<Long> ids() {
        return ids;
    }
}
