package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.MutableClock;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Times in the back office are the practice's: with its zone set to Kiritimati (UTC+14), a
 * contact message and a comment that came in at noon UTC read as 2 AM the next day there, on the
 * outbox, the inbox and the comment queue, with the zone named.
 */
@CoreBalanceTest
class AdminTimeZoneTests {

    /** Noon UTC on Nov 24 is 2 AM on Nov 25 in Kiritimati, the zone furthest ahead of UTC. */
    private static final String THERE = "Nov 25, 2026, 2:00 AM LINT";

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;
    @Autowired
    PracticeSettingsService settings;
    @Autowired
    MutableClock clock;
    PracticeSettings before;
    Http owner;
    String unique;

    @BeforeEach
    void kiritimati() {
        clock.set(CoreBalanceTest.NOW);
        before = settings.current();
        owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        assertThat(owner.submit("/admin/settings", "/admin/settings", "name", before.name(), "city", before.city(),
                "email", before.email(), "timeZone", "Pacific/Kiritimati", "socialLinks", "",
                "demoEnabled", String.valueOf(before.demoEnabled())).statusCode()).isEqualTo(302);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void restore() {
        settings.save(before);
    }

    private Element rowWith(Document page, String text) {
        return page.select("tr:contains(" + text + ")").first();
    }

    @Test
    void theOutboxAndTheInboxShowWhenInThePracticesZone() {
        Http reader = new Http(port);
        String name = "Zoe Zone " + unique;
        assertThat(reader.postForm("/contact", "elapsed=60000&name=" + Http.encode(name) + "&email=zoe-" + unique
                + "%40example.org&topic=OTHER&message=What+time+is+it+there%3F", "Origin", reader.base(),
                "Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(302);

        Element queued = rowWith(owner.page("/admin/outbox"), "zoe-" + unique + "@example.org");
        assertThat(queued.select("time").text()).isEqualTo(THERE);
        assertThat(queued.select("time").attr("datetime")).isEqualTo("2026-11-24T12:00:00Z");
        assertThat(queued.text()).doesNotContain("UTC", "12:00");

        Element received = rowWith(owner.page("/admin/messages"), name);
        assertThat(received.select("time").text()).isEqualTo(THERE);
        String message = received.select("a[href^=/admin/messages/]").attr("href");
        assertThat(owner.page(message).select(".message-facts").text()).contains("Received " + THERE);
    }

    @Test
    void theCommentQueueShowsWhenInThePracticesZone() {
        Http reader = new Http(port);
        String name = "Zack Zone " + unique;
        reader.postForm("/blog/walking-for-your-back/comments", "elapsed=60000&name=" + Http.encode(name) + "&email=zack-"
                + unique + "%40example.org&body=Is+it+morning+there%3F", "Origin", reader.base());
        Element held = owner.page("/admin/comments").select(".moderation-item:contains(" + name + ")").first();
        assertThat(held.select(".moderation-facts").text()).endsWith("· " + THERE);
    }
}
