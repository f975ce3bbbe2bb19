package org.corebalance.comments;

import org.corebalance.shared.AdminMenu;
import org.corebalance.system.WebRuleSet;
import org.corebalance.system.WebRules;
import org.springframework.stereotype.Component;

/** Readers comment from the article page; reply notices stop in one click; only the owner changes the rules. */
@Component
class CommentsWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        rules.anonymousForm("/blog/{slug}/comments")
                .oneClickPost("/comments/stop")
                .ownerOnly("/admin/comments/settings")
                .menuEntry(AdminMenu.Group.CONTENT, 30, "Comments", "/admin/comments", "approve, answer and keep out spam");
    }
}
