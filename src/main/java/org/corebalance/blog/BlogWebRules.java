package org.corebalance.blog;

import org.corebalance.shared.AdminMenu;
import org.corebalance.system.WebRuleSet;
import org.corebalance.system.WebRules;
import org.springframework.stereotype.Component;

/** The blog's public pages: the same for every anonymous reader, so they are cached; the home and the index are in the sitemap; its articles in the back-office menu. */
@Component
class BlogWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        rules.publicPage("/", "/blog/{slug}", "/feed.xml", "/sitemap.xml", "/robots.txt")
                .publicList("/blog", "/blog/tag/{tag}")
                .sitemapPage("/", "/blog")
                .menuEntry(AdminMenu.Group.CONTENT, 10, "Articles", "/admin/articles", "write, schedule and publish");
    }
}
