package org.corebalance.blog;

import gg.jte.Content;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What another module shows under an article (the comments), so the blog needs to know nothing
 * of it. The result is rendered into the article page; for anonymous readers it must depend on
 * nothing but the article and the request's address, since public pages are cached.
 */
public interface ArticleDiscussion {

    Content of(ArticleRef article, HttpServletRequest request);
}
