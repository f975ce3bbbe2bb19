package org.corebalance.blog;

/** An article as other modules name it: which one, where it lives, what it is called. */
public record ArticleRef(long id, String slug, String title) {

    public String path() {
        return "/blog/" + slug;
    }
}
