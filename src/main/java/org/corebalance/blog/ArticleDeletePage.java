package org.corebalance.blog;

/** Asks the coach to confirm deleting an article. */
public record ArticleDeletePage(long id, String title, String state) {
}
