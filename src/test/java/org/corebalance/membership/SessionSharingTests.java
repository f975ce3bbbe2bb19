package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.corebalance.CoreBalanceApplication;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** A second instance on the same database knows who is signed in: sessions live in the database. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class SessionSharingTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    Environment environment;

    @Test
    void aSessionStartedOnOneInstanceIsKnownToAnother() throws Exception {
        Http first = Http.withCookies(port);
        StaffSignInTests.signIn(first, staff.editor(), StaffFixtures.PASSWORD, false);
        String session = first.cookie("CB_SESSION");
        assertThat(session).isNotNull();

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CoreBalanceApplication.class)
                .profiles("test")
                .properties("server.port=0", "corebalance.demo.enabled=false",
                        "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
                        "spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""))
                .run()) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> dashboard = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + secondPort + "/admin"))
                            .header("Cookie", "CB_SESSION=" + session).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).contains("Hello, Eddie Editor");
        }
    }
}
