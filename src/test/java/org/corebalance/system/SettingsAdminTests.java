package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The owner's settings show on every public page at once; demo content can be switched off and on. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class SettingsAdminTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    PracticeSettingsService settings;
    PracticeSettings before;
    Http owner;

    @BeforeEach
    void signIn() {
        before = settings.current();
        owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
    }

    @AfterEach
    void restore() {
        settings.save(before);
    }

    @Test
    void savedSettingsShowInTheFooterOfPublicPagesAtOnce() {
        new Http(port).page("/");
        HttpResponse<String> saved = owner.submit("/admin/settings", "/admin/settings", "name", "Calm Core Studio",
                "city", "Dana Point, California", "email", "Studio@Example.org", "timeZone", "America/Denver",
                "socialLinks", "https://www.instagram.com/calmcore\nhttps://www.youtube.com/@calmcore", "demoEnabled", "true");
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/settings?saved");

        var footer = new Http(port).page("/").select("footer");
        assertThat(footer.text()).contains("Calm Core Studio", "Dana Point, California", "studio@example.org");
        assertThat(footer.select("a[rel~=me]")).extracting(e -> e.text()).containsExactly("instagram.com", "youtube.com");
    }

    @Test
    void badValuesAreRefusedWithReasonsAndNothingChanges() {
        HttpResponse<String> bad = owner.submit("/admin/settings", "/admin/settings", "name", "", "city", "X",
                "email", "not an email", "timeZone", "Mars/Base", "socialLinks", "javascript:alert(1)");
        assertThat(bad.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(bad.body());
        assertThat(page.select("#name-error").text()).isEqualTo("Please enter the practice's name.");
        assertThat(page.select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        assertThat(page.select("#timeZone-error").text()).isEqualTo("Please choose a time zone from the list.");
        assertThat(page.select("#socialLinks-error").text()).startsWith("Each line must be a full web address");
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void turningDemoContentOffRemovesTheDemoArticlesAndOnBringsThemBack() {
        Http reader = new Http(port);
        assertThat(reader.get("/blog/tight-psoas-low-back").statusCode()).isEqualTo(200);

        owner.submit("/admin/settings", "/admin/settings", "name", before.name(), "city", before.city(),
                "email", before.email(), "timeZone", before.timeZone().getId(), "socialLinks", "");
        assertThat(reader.get("/blog/tight-psoas-low-back").statusCode()).isEqualTo(404);

        owner.submit("/admin/settings", "/admin/settings", "name", before.name(), "city", before.city(),
                "email", before.email(), "timeZone", before.timeZone().getId(), "socialLinks", "", "demoEnabled", "true");
        assertThat(reader.get("/blog/tight-psoas-low-back").statusCode()).isEqualTo(200);
    }
}
