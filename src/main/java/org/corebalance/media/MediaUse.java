package org.corebalance.media;

/**
 * Something in the back office that shows an image, as the library names it when the image
 * cannot be deleted: an article's title and where the coach edits it.
 */
public record MediaUse(String title, String editUrl) {
}
