package org.corebalance.media;

import org.corebalance.shared.AdminMenu;
import org.corebalance.system.WebRuleSet;
import org.corebalance.system.WebRules;
import org.springframework.stereotype.Component;

/** The media library is for all staff (editors add images to their articles), so every member of staff finds it in the menu. */
@Component
class MediaWebRules implements WebRules {

    @Override
    public void declare(WebRuleSet rules) {
        rules.menuEntry(AdminMenu.Group.CONTENT, 20, "Media", "/admin/media", "images for your articles");
    }
}
