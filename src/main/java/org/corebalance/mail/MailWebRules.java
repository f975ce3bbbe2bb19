package org.corebalance.mail;

import org.corebalance.shared.AdminMenu;
import org.corebalance.system.WebRuleSet;
import org.corebalance.system.WebRules;
import org.springframework.stereotype.Component;

/** The outbox holds everyone's links and reset mails, so only the owner reads it. */
@Component
class MailWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        rules.ownerOnly("/admin/outbox/**")
                .menuEntry(AdminMenu.Group.SETTINGS, 20, "Outbox", "/admin/outbox", "every e-mail the site has sent or is about to send");
    }
}
