package org.corebalance.system;

import java.net.URI;
import java.time.Clock;
import java.time.Year;
import org.corebalance.shared.SiteView;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link SiteView} every page layout takes, from the settings and asset versions. */
@Component
public class SiteViews {

    static final String STYLESHEET = "/css/site.css";

    private final CoreBalanceProperties properties;
    private final PracticeSettingsService settings;
    private final ResourceUrlProvider resourceUrls;
    private final Clock clock;
    private volatile String stylesheetUrl;

    SiteViews(CoreBalanceProperties properties, PracticeSettingsService settings,
            ResourceUrlProvider mvcResourceUrlProvider, Clock clock) {
        this.properties = properties;
        this.settings = settings;
        this.resourceUrls = mvcResourceUrlProvider;
        this.clock = clock;
    }

    public SiteView current() {
        PracticeSettings practice = settings.current();
        return new SiteView(practice.name(), properties.practice().tagline(), practice.city(), practice.email(),
                practice.socialLinks().stream().map(SiteViews::socialLink).toList(),
                properties.baseUrl(), stylesheetUrl(), Year.now(clock.withZone(practice.timeZone())).getValue());
    }

    /** "https://www.instagram.com/corebalance" is shown as "instagram.com". */
    private static SiteView.Link socialLink(URI uri) {
        String host = uri.getHost() == null ? uri.toString() : uri.getHost();
        return new SiteView.Link(host.startsWith("www.") ? host.substring(4) : host, uri.toString());
    }

    /** The content-hashed stylesheet URL, so browsers may cache it for a year. */
    private String stylesheetUrl() {
        String url = stylesheetUrl;
        if (url == null) {
            url = resourceUrls.getForLookupPath(STYLESHEET);
            // Before the resource handlers are known the plain path still works; keep asking until then.
            if (url == null) {
                return STYLESHEET;
            }
            stylesheetUrl = url;
        }
        return url;
    }
}
