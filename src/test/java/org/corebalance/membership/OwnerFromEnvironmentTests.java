package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.corebalance.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An automated deploy names the owner in the environment: no setup page, the owner signs in. Its own database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "corebalance.demo.enabled=false",
        "corebalance.owner.email=Deploy@CoreBalance.test",
        "corebalance.owner.name=Dana Deploy",
        "corebalance.owner.password=pipelines keep secrets safely",
        "spring.datasource.url=jdbc:h2:mem:owner-from-env;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class OwnerFromEnvironmentTests {

    @LocalServerPort
    int port;

    @Test
    void theOwnerExistsAndTheSetupPageIsGone() {
        Http http = Http.withCookies(port);
        assertThat(http.get("/admin/setup").statusCode()).isEqualTo(404);
        StaffSignInTests.signIn(http, "deploy@corebalance.test", "pipelines keep secrets safely", false);
        assertThat(http.page("/admin").selectFirst("h1").text()).isEqualTo("Hello, Dana Deploy");
    }
}
