package org.corebalance.mail;

import org.corebalance.system.WebRuleSet;
import org.corebalance.system.WebRules;
import org.springframework.stereotype.Component;

/** The outbox holds everyone'\''s links and reset mails, so only the owner reads it. */
@Component
class MailWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        rules.ownerOnly("/admin/outbox/**");
    }
}
