package org.corebalance.system;

import java.net.URI;
import java.time.Clock;
import java.time.Year;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.corebalance.shared.AdminMenu;
import org.corebalance.shared.PageMeta;
import org.corebalance.shared.SiteView;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link SiteView} every page layout takes, from the settings and asset versions. */
@Component
public class SiteViews {

    static final String STYLESHEET = "/css/site.css";
    static final String HTMX = "/js/htmx.min.js";
    static final String SCRIPT = "/js/site.js";
    /** The practice's share image (1200 x 630, as Open Graph and Twitter cards want), drawn for the site. */
    static final String SHARE_IMAGE = "/img/share.png";
    static final String SHARE_IMAGE_ALT = "A drawing of a person lifting into a bridge on a mat, on a beach at sunset, beside a teal ring.";

    private final CoreBalanceProperties properties;
    private final PracticeSettingsService settings;
    private final ResourceUrlProvider resourceUrls;
    private final Clock clock;
    /** Versioned asset URLs, once the resource handlers know them. */
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    SiteViews(CoreBalanceProperties properties, PracticeSettingsService settings,
            ResourceUrlProvider mvcResourceUrlProvider, Clock clock) {
        this.properties = properties;
        this.settings = settings;
        this.resourceUrls = mvcResourceUrlProvider;
        this.clock = clock;
    }

    public SiteView current() {
        return of(settings.current());
    }

    /** As {@link #current()}, from the settings last read, without asking the database. */
    SiteView lastKnown() {
        return of(settings.lastKnown());
    }

    private SiteView of(PracticeSettings practice) {
        return new SiteView(practice.name(), properties.practice().tagline(), practice.city(), practice.email(),
                practice.socialLinks().stream().map(SiteViews::socialLink).toList(),
                properties.baseUrl(), asset(STYLESHEET), asset(HTMX), asset(SCRIPT), Year.now(clock.withZone(practice.timeZone())).getValue(),
                new PageMeta.ShareImage(properties.baseUrl() + asset(SHARE_IMAGE), 1200, 630, SHARE_IMAGE_ALT),
                practice.time(), AdminMenu.NONE);
    }

    /** "https://www.instagram.com/corebalance" is shown as "instagram.com". */
    private static SiteView.Link socialLink(URI uri) {
        String host = uri.getHost() == null ? uri.toString() : uri.getHost();
        return new SiteView.Link(host.startsWith("www.") ? host.substring(4) : host, uri.toString());
    }

    /**
     * The content-hashed URL of one of the site's own files under {@code static/}, such as a
     * script only one page needs ({@code /js/editor.js}).
     */
    public String asset(String path) {
        String url = versions.get(path);
        if (url == null) {
            url = versioned(path);
            if (!url.equals(path)) {
                versions.put(path, url);
            }
        }
        return url;
    }

    /**
     * The content-hashed URL of an asset, so browsers may cache it for a year. Before the resource
     * handlers are known the plain path still works; it is asked again next time.
     */
    private String versioned(String path) {
        String url = resourceUrls.getForLookupPath(path);
        return url == null ? path : url;
    }
}
