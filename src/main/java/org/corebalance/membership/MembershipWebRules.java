package org.corebalance.membership;

import org.corebalance.shared.AdminMenu;
import org.corebalance.system.WebRuleSet;
import org.corebalance.system.WebRules;
import org.springframework.stereotype.Component;

/** The first-run setup page decides for itself who may see it (nobody, once the owner exists); only the owner manages staff. */
@Component
class MembershipWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        // The setup page answers 404 itself once the practice is set up.
        rules.openToAll("/admin/setup")
                .ownerOnly("/admin/staff/**")
                .menuEntry(AdminMenu.Group.PEOPLE, 40, "Staff", "/admin/staff", "invite editors who can write articles");
    }
}
