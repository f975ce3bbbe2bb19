package org.corebalance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test class: one headless Chromium for all its tests, and the app's addresses on its random port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney {

    @LocalServerPort
    protected int port;
    protected BrowserSupport browser;

    @BeforeAll
    void startBrowser() {
        browser = new BrowserSupport();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
