package org.corebalance.system;

import jakarta.servlet.http.HttpServletRequest;
import org.corebalance.shared.SiteView;
import org.corebalance.shared.WhoIsSignedIn;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every rendered page the site-wide facts its layout shows (as the model attribute "site"),
 * with the back-office menu when a member of staff is signed in.
 */
// Our pages only: actuator endpoints are handler methods too, and must not read settings or sessions.
@ControllerAdvice(basePackages = "org.corebalance")
class SiteModelAdvice {

    private final SiteViews siteViews;
    private final AdminMenus menus;
    private final WhoIsSignedIn whoIsSignedIn;

    SiteModelAdvice(SiteViews siteViews, AdminMenus menus, WhoIsSignedIn whoIsSignedIn) {
        this.siteViews = siteViews;
        this.menus = menus;
        this.whoIsSignedIn = whoIsSignedIn;
    }

    @ModelAttribute("site")
    SiteView site(HttpServletRequest request) {
        SiteView site = siteViews.current();
        return whoIsSignedIn.currentStaff().map(staff -> site.withAdminMenu(menus.menu(staff, request.getRequestURI())))
                .orElse(site);
    }
}
