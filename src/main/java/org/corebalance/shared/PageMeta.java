package org.corebalance.shared;

/**
 * What a page tells browsers, search engines and share cards about itself.
 *
 * @param title        the page title without the practice name
 * @param description  one or two plain sentences for search results and share cards
 * @param canonicalPath the path of the one URL this content lives at; null for pages search engines
 *                     should not index (errors)
 * @param type         the Open Graph type: "website" or "article"
 * @param image        the share image, or null for none
 * @param jsonLd       structured data already serialised as safe JSON, or null
 */
public record PageMeta(
        String title,
        String description,
        String canonicalPath,
        String type,
        ShareImage image,
        String jsonLd) {

    public static PageMeta website(String title, String description, String canonicalPath) {
        return new PageMeta(title, description, canonicalPath, "website", null, null);
    }

    /** An image for Open Graph and Twitter cards; the URL is absolute. */
    public record ShareImage(String url, int width, int height, String alt) {
    }
}
