package org.corebalance.media;

import java.time.Instant;

/**
 * One image as the media library lists it.
 *
 * @param width        width of its largest variant (what the site shows at most)
 * @param height       height of its largest variant
 * @param thumbnailUrl its smallest variant
 * @param image        everything an {@code <img>} of it needs
 */
public record MediaItem(long id, String name, int width, int height, Instant createdAt, String thumbnailUrl,
        ResponsiveImage image) {
}
