package org.corebalance.shared;

import java.util.List;

/**
 * What every page's layout shows about the practice: its name, where it is, how to reach it,
 * the versioned URLs of the site's own assets, the image share cards show for pages that have
 * none of their own, how it shows times (in its own zone), and, in the back office, the menu of
 * the member of staff signed in ({@link AdminMenu#NONE} for everyone else).
 */
public record SiteView(
        String practiceName,
        String tagline,
        String city,
        String email,
        List<Link> socialLinks,
        String baseUrl,
        String stylesheetUrl,
        String htmxUrl,
        String scriptUrl,
        int year,
        PageMeta.ShareImage shareImage,
        PracticeTime time,
        AdminMenu adminMenu) {

    public SiteView {
        socialLinks = List.copyOf(socialLinks);
    }

    /** The same site with the back-office menu of whoever is signed in. */
    public SiteView withAdminMenu(AdminMenu menu) {
        return new SiteView(practiceName, tagline, city, email, socialLinks, baseUrl, stylesheetUrl, htmxUrl, scriptUrl,
                year, shareImage, time, menu);
    }

    /** A link to the practice elsewhere, e.g. its Instagram page. */
    public record Link(String label, String url) {
    }

    /** The absolute URL of a path on this site, for canonical links, feeds and share cards. */
    public String absolute(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
