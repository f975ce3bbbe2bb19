package org.corebalance.blog;

import java.util.Locale;
import java.util.Optional;
import org.corebalance.system.KnownAddresses;
import org.springframework.stereotype.Component;

/**
 * The blog's addresses as people type them: an article's or a tag's slug in capitals
 * ({@code /blog/Tight-Psoas-Low-Back}), and an article's slug straight after the site's address
 * ({@code /tight-psoas-low-back}, as many blogs have it), lead to the article or tag page; and
 * which of its addresses are live pages (published articles, their old slugs, tags in use).
 */
@Component
class BlogAddresses implements KnownAddresses {

    private static final String ARTICLES = "/blog/";
    private static final String TAGS = "/blog/tag/";

    private final BlogService blog;

    BlogAddresses(BlogService blog) {
        this.blog = blog;
    }

    @Override
    public Optional<String> movedTo(String path) {
        if (path.startsWith(TAGS)) {
            String tag = path.substring(TAGS.length());
            String lower = tag.toLowerCase(Locale.ROOT);
            return !lower.equals(tag) && blog.tagInUse(lower) ? Optional.of(TAGS + lower) : Optional.empty();
        }
        String slug = path.startsWith(ARTICLES) ? path.substring(ARTICLES.length())
                : path.lastIndexOf('/') == 0 ? path.substring(1) : null;
        if (slug == null || !Slugs.isValid(slug.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return blog.currentSlug(slug).map(current -> ARTICLES + current).filter(target -> !target.equals(path));
    }

    @Override
    public boolean isPage(String path) {
        if (path.startsWith(TAGS)) {
            return blog.tagInUse(path.substring(TAGS.length()));
        }
        if (path.startsWith(ARTICLES)) {
            String slug = path.substring(ARTICLES.length());
            return Slugs.isValid(slug) && blog.currentSlug(slug).isPresent();
        }
        return false;
    }
}
