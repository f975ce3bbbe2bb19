package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.corebalance.Http;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The first start: no owner yet, so /admin offers the one-time setup. Its own empty database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "corebalance.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class SetupTests {

    @LocalServerPort
    int port;

    @Test
    void theFirstVisitorToAdminSetsUpThePracticeOnceAndThenSignsIn() {
        Http http = Http.withCookies(port);
        HttpResponse<String> admin = http.get("/admin");
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location").orElseThrow()).endsWith("/admin/setup");
        assertThat(http.page("/admin/setup").selectFirst("h1").text()).isEqualTo("Set up your practice");

        HttpResponse<String> weak = http.submit("/admin/setup", "/admin/setup", "ownerName", "Cora Coach",
                "email", "cora@corebalance.test", "password", "password1234", "practiceName", "Cora's Core",
                "city", "Dana Point, California", "contactEmail", "hello@cora.test", "timeZone", "America/Los_Angeles");
        assertThat(weak.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(weak.body());
        assertThat(page.select("#password-error").text()).contains("most common");
        assertThat(page.selectFirst("#ownerName").attr("value")).isEqualTo("Cora Coach");
        assertThat(page.selectFirst("#password").attr("value")).isEmpty();

        HttpResponse<String> badZone = http.submit("/admin/setup", "/admin/setup", "ownerName", "Cora Coach",
                "email", "not-an-email", "password", "calm core, steady breath", "practiceName", "",
                "city", "Dana Point", "contactEmail", "hello@cora.test", "timeZone", "Mars/Olympus_Mons");
        assertThat(badZone.statusCode()).isEqualTo(422);
        var errors = Jsoup.parse(badZone.body());
        assertThat(errors.select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        assertThat(errors.select("#practiceName-error").text()).isEqualTo("Please enter the practice's name.");
        assertThat(errors.select("#timeZone-error").text()).isEqualTo("Please choose a time zone from the list.");

        HttpResponse<String> done = http.submit("/admin/setup", "/admin/setup", "ownerName", "Cora Coach",
                "email", "Cora@CoreBalance.test", "password", "calm core, steady breath", "practiceName", "Cora's Core",
                "city", "Dana Point, California", "contactEmail", "hello@cora.test", "timeZone", "America/Los_Angeles");
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(http.page("/login").select(".notice").text()).contains("Your practice is set up");

        assertThat(http.get("/admin/setup").statusCode()).isEqualTo(404);
        var home = new Http(port).page("/");
        assertThat(home.select("footer").text()).contains("Cora's Core", "Dana Point, California", "hello@cora.test");

        HttpResponse<String> signedIn = StaffSignInTests.signIn(http, "cora@corebalance.test", "calm core, steady breath", false);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        assertThat(http.page("/admin").selectFirst("h1").text()).isEqualTo("Hello, Cora Coach");
    }
}
