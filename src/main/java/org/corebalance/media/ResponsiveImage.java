package org.corebalance.media;

/**
 * What an {@code <img>} needs to let the browser pick the right size.
 *
 * @param src    the URL of a middle-sized variant, for browsers that ignore srcset
 * @param srcset every variant with its width descriptor
 * @param width  intrinsic width of the largest variant (reserves the space before it loads)
 * @param height intrinsic height of the largest variant
 * @param smallest the URL of the smallest variant, for thumbnails and share cards
 * @param largest the URL of the largest variant
 */
public record ResponsiveImage(String src, String srcset, int width, int height, String smallest, String largest) {
}
