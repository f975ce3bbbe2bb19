package org.corebalance.shared;

import java.time.Instant;

/**
 * Implemented by each module whose content shows on public pages, so that cached pages can be
 * reused exactly as long as nothing a reader could see has changed.
 */
public interface PublicContent {

    /**
     * A short token that changes whenever what anonymous readers may see changes, including
     * scheduled content coming due by {@code now}; read from the shared database, so that a
     * change made through any instance is seen by all.
     */
    String version(Instant now);
}
