package org.corebalance.system;

import org.corebalance.shared.SiteView;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every rendered page the site-wide facts its layout shows (as the model attribute "site"). */
// Our pages only: actuator endpoints are handler methods too, and must not read settings or sessions.
@ControllerAdvice(basePackages = "org.corebalance")
class SiteModelAdvice {

    private final SiteViews siteViews;

    SiteModelAdvice(SiteViews siteViews) {
        this.siteViews = siteViews;
    }

    @ModelAttribute("site")
    SiteView site() {
        return siteViews.current();
    }
}
