package org.corebalance.redirects;

import org.corebalance.shared.AdminMenu;
import org.corebalance.system.WebRuleSet;
import org.corebalance.system.WebRules;
import org.springframework.stereotype.Component;

/** Redirects shape the whole site's addresses, like its settings, so only the owner manages them. */
@Component
class RedirectsWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        rules.ownerOnly("/admin/redirects/**")
                .menuEntry(AdminMenu.Group.SETTINGS, 30, "Redirects", "/admin/redirects", "old addresses that lead to new ones");
    }
}
