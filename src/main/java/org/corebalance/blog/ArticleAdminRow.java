package org.corebalance.blog;

/** One line of the coach's article list. */
public record ArticleAdminRow(long id, String title, String slug, String state, String when, boolean live) {

    public String editUrl() {
        return "/admin/articles/" + id;
    }

    public String publicUrl() {
        return "/blog/" + slug;
    }
}
