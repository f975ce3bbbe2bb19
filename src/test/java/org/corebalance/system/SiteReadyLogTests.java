package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the ready line sends people: the base URL, with the real port only for http on this machine. */
class SiteReadyLogTests {

    @Test
    void aPublicAddressIsShownAsConfigured() {
        assertThat(SiteReadyLog.line("https://corebalance.example", 8080, true)).isEqualTo(
                "Core Balance is ready: the site at https://corebalance.example/ and the back office at https://corebalance.example/admin");
    }

    @Test
    void localhostGetsThePortTheServerListensOn() {
        assertThat(SiteReadyLog.line("http://localhost:8080", 9090, true))
                .contains("the site at http://localhost:9090/ and the back office at http://localhost:9090/admin");
        assertThat(SiteReadyLog.line("http://127.0.0.1", 8081, true)).contains("http://127.0.0.1:8081/admin");
        assertThat(SiteReadyLog.line("http://localhost:8080/practice", 9090, true))
                .contains("http://localhost:9090/practice/ and").contains("http://localhost:9090/practice/admin");
    }

    @Test
    void anHttpsOrLanAddressKeepsItsOwnPort() {
        assertThat(SiteReadyLog.line("https://localhost", 8080, true)).contains("https://localhost/admin");
        assertThat(SiteReadyLog.line("http://192.168.1.20:8080", 9090, true)).contains("http://192.168.1.20:8080/admin");
    }

    @Test
    void beforeTheOwnerExistsItSaysTheBackOfficeStartsWithSetup() {
        assertThat(SiteReadyLog.line("http://localhost:8080", 8080, false))
                .endsWith("/admin (first start: it asks you to create the owner's account)");
    }
}
