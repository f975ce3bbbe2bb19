package org.corebalance.blog;

/** A publication date for a {@code <time>} element: machine-readable and as the practice writes it. */
public record PublishedDate(String iso, String display) {
}
