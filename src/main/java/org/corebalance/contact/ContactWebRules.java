package org.corebalance.contact;

import org.corebalance.shared.AdminMenu;
import org.corebalance.system.WebRuleSet;
import org.corebalance.system.WebRules;
import org.springframework.stereotype.Component;

/** Readers send the contact form (a page in the sitemap) without a session; only the owner reads the messages. */
@Component
class ContactWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        rules.anonymousForm("/contact")
                .ownerOnly("/admin/messages/**")
                .sitemapPage("/contact")
                .menuEntry(AdminMenu.Group.PEOPLE, 20, "Messages", "/admin/messages", "what readers wrote in the contact form");
    }
}
