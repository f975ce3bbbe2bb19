package org.corebalance.blog;

/** A tag as readers see it: its name and the slug of its page at /blog/tag/{slug}. */
public record TagLink(String slug, String name) {

    public String url() {
        return "/blog/tag/" + slug;
    }
}
