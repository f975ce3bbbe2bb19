package org.corebalance.system;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count: only the proxies named in
 * {@code CORE_BALANCE_TRUSTED_PROXIES} (addresses or CIDR ranges), none by default. Anyone can
 * send those headers; trusted from everyone (or, as Tomcat does by default, from every private
 * address), they let a client pick a new address per request and walk past every per-address
 * limit. {@code X-Forwarded-Host} and {@code X-Forwarded-Port} are never read: the site's own
 * address comes from {@code CORE_BALANCE_BASE_URL}.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){3}(/\\d{1,2})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(/\\d{1,3})?");

    private final List<String> proxies;

    TrustedProxies(CoreBalanceProperties properties) {
        this.proxies = properties.trustedProxies().stream().map(String::strip).filter(p -> !p.isEmpty())
                .map(TrustedProxies::asRange).toList();
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (proxies.isEmpty()) {
            return;
        }
        var valve = new RemoteIpValve();
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        valve.setHostHeader(null);
        valve.setPortHeader(null);
        // With a "/" in it, Tomcat reads the list as CIDR ranges, not as a regular expression.
        valve.setInternalProxies(String.join(",", proxies));
        valve.setTrustedProxies(null);
        factory.addEngineValves(valve);
    }

    /** The ranges in the form Tomcat takes, e.g. {@code 10.0.0.7/32}. */
    List<String> ranges() {
        return proxies;
    }

    /** A single address becomes a range of one; anything that is neither is refused at start-up. */
    static String asRange(String entry) {
        boolean v4 = IPV4.matcher(entry).matches();
        if (!v4 && !IPV6.matcher(entry).matches()) {
            throw new IllegalArgumentException("CORE_BALANCE_TRUSTED_PROXIES: \"" + entry
                    + "\" is not an IP address or CIDR range (such as 10.0.0.7 or 10.0.0.0/24)");
        }
        // Checked here: Tomcat would take "999.1.1.1" for a host name and look it up.
        if (v4 && Arrays.stream(entry.replaceFirst("/.*", "").split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            throw new IllegalArgumentException("CORE_BALANCE_TRUSTED_PROXIES: \"" + entry + "\" is not an IP address");
        }
        String range = entry.contains("/") ? entry : entry + (v4 ? "/32" : "/128");
        try {
            org.apache.catalina.util.NetMaskSet.parse(range);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CORE_BALANCE_TRUSTED_PROXIES: \"" + entry + "\" is not a valid range: "
                    + e.getMessage(), e);
        }
        return range;
    }
}
