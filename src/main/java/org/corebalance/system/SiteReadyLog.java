package org.corebalance.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One line in the log once the site is ready: where to open the site and the back office, and,
 * while the practice has no owner, that the back office starts by creating one. The addresses come
 * from {@code CORE_BALANCE_BASE_URL}, never from a request; a plain http base URL on this machine
 * (the default, http://localhost:8080) gets the port the server really listens on, as when
 * {@code --server.port} moved it.
 */
@Component
class SiteReadyLog {

    private static final Logger log = LoggerFactory.getLogger(SiteReadyLog.class);
    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]");

    private final CoreBalanceProperties properties;
    private final SetupState setup;

    SiteReadyLog(CoreBalanceProperties properties, SetupState setup) {
        this.properties = properties;
        this.setup = setup;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : -1;
        log.info(line(properties.baseUrl(), port, setup.isComplete()));
    }

    static String line(String baseUrl, int port, boolean setUp) {
        String site = onThisMachine(baseUrl, port);
        return "Core Balance is ready: the site at " + site + "/ and the back office at " + site + "/admin"
                + (setUp ? "" : " (first start: it asks you to create the owner's account)");
    }

    /**
     * The base URL, with the real port if it is http on this machine; another host, or https, is
     * reached through a proxy, whose port is its own.
     */
    private static String onThisMachine(String baseUrl, int port) {
        URI uri = URI.create(baseUrl);
        if (port <= 0 || !"http".equals(uri.getScheme()) || uri.getHost() == null
                || !THIS_MACHINE.contains(uri.getHost().toLowerCase())) {
            return baseUrl;
        }
        try {
            return new URI("http", null, uri.getHost(), port, uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return baseUrl;
        }
    }
}
