package org.corebalance.system;

import org.corebalance.shared.AdminMenu;
import org.springframework.stereotype.Component;

/** The practice's settings (SMTP, e-mail, name) are the owner's alone. */
@Component
class SystemWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        rules.ownerOnly("/admin/settings/**")
                .menuEntry(AdminMenu.Group.SETTINGS, 10, "Settings", "/admin/settings",
                        "the practice's name, city, contact e-mail and time zone");
    }
}
