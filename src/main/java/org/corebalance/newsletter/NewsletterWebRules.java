package org.corebalance.newsletter;

import org.corebalance.shared.AdminMenu;
import org.corebalance.system.WebRuleSet;
import org.corebalance.system.WebRules;
import org.springframework.stereotype.Component;

/** Readers sign up (the sign-up page is in the sitemap) and confirm without a session, unsubscribe in one click; only the owner sees subscribers and sends. */
@Component
class NewsletterWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        rules.anonymousForm("/newsletter", "/newsletter/confirm")
                .oneClickPost("/newsletter/unsubscribe")
                .ownerOnly("/admin/subscribers/**", "/admin/subscribers.csv", "/admin/newsletters/**")
                .sitemapPage("/newsletter")
                .menuEntry(AdminMenu.Group.CONTENT, 40, "Newsletters", "/admin/newsletters", "write and send \u201cStay in touch\u201d")
                .menuEntry(AdminMenu.Group.PEOPLE, 30, "Subscribers", "/admin/subscribers", "who signed up for the newsletter");
    }
}
