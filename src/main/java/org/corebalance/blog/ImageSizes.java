package org.corebalance.blog;

/**
 * How wide the blog's pages show images, as {@code sizes} attributes, so that the browser picks a
 * size no larger than it needs. Read off {@code site.css} (boxes are border-box, 1rem = 16 px): a
 * container is at most its max-width and leaves 1.25rem of padding on each side, so its content
 * is {@code min(100vw, max-width) - 2.5rem}. Change these with the stylesheet.
 */
public final class ImageSizes {

    /** The article's hero fills {@code .container-wide} (max 62rem): 952 px wide at most, 320 px on a 360 px phone. */
    public static final String HERO = "(min-width: 62rem) 59.5rem, calc(100vw - 2.5rem)";

    /** An image in the text fills {@code .prose.container-narrow} (max 44rem): 664 px at most, 320 px on a 360 px phone. */
    public static final String PROSE = "(min-width: 44rem) 41.5rem, calc(100vw - 2.5rem)";

    /**
     * A card's image fills its card (a 1 px border each side) in the {@code .cards} grid of a
     * {@code .container} (max 72rem): one column, two from 700 px (a 1.25rem gap), three from
     * 1100 px (two gaps): 355 px at most, 318 px on a 360 px phone.
     */
    public static final String CARD = "(min-width: 72rem) calc(67rem / 3 - 2px), (min-width: 1100px) calc((100vw - 5rem) / 3 - 2px), "
            + "(min-width: 700px) calc((100vw - 3.75rem) / 2 - 2px), calc(100vw - 2.5rem - 2px)";

    private ImageSizes() {
    }
}
