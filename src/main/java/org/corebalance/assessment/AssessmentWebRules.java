package org.corebalance.assessment;

import org.corebalance.shared.AdminMenu;
import org.corebalance.system.WebRuleSet;
import org.corebalance.system.WebRules;
import org.springframework.stereotype.Component;

/** Anyone takes the free assessment (its first page is in the sitemap) without a session; only the owner sees leads, whose answers are health data. */
@Component
class AssessmentWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        rules.anonymousForm("/assessment/**")
                .ownerOnly("/admin/leads", "/admin/leads/**", "/admin/leads.csv")
                .sitemapPage("/assessment")
                .menuEntry(AdminMenu.Group.PEOPLE, 10, "Leads", "/admin/leads",
                        "everyone who took the free assessment, with their results");
    }
}
