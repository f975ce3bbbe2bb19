package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.Smtp;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Over real HTTP: with no SMTP server (the default) the coach's dashboard says e-mail waits in the
 * outbox, and readers are promised no e-mail; with one (GreenMail), no banner, and the promises are back.
 */
@CoreBalanceTest
class HonestAboutEmailTests {

    private static final String BANNER = "E-mail is not being sent yet";

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;

    @Test
    void withoutAnSmtpServerTheDashboardSaysSoAndNoPagePromisesAnEmail() {
        Document dashboard = ownersDashboard(port, staff);
        assertThat(dashboard.select("[role=status]").text()).contains(BANNER, "wait in the Outbox", "SPRING_MAIL_HOST");

        Http reader = new Http(port);
        assertThat(reader.page("/contact/thanks").select("[role=status]").text())
                .contains("Your message reached the coach").doesNotContain("inbox");
        assertThat(reader.page("/newsletter/check-email").select("[role=status]").text())
                .contains("We could not send the e-mail that confirms your address yet").doesNotContain("Check your inbox");
        assertThat(reader.page("/login/forgot").select(".lead").text()).contains("This site is not sending e-mail yet");
    }

    @Nested
    class WithAnSmtpServer {

        private static final int SMTP_PORT = Smtp.freePort();

        @RegisterExtension
        static final GreenMailExtension smtp = Smtp.server(SMTP_PORT);

        @DynamicPropertySource
        static void smtpServer(DynamicPropertyRegistry registry) {
            Smtp.register(registry, SMTP_PORT);
        }

        /** This context stays cached; its scheduler must not go on sending other test classes' mail. */
        @AfterAll
        static void stopDelivering(@Autowired Scheduler mailScheduler) {
            mailScheduler.stop();
        }

        @LocalServerPort
        int port;

        @Test
        void theDashboardHasNoBannerAndThePagesPromiseWhatIsSent() {
            Document dashboard = ownersDashboard(port, staff);
            assertThat(dashboard.select("h1").text()).startsWith("Hello");
            assertThat(dashboard.text()).doesNotContain(BANNER);

            Http reader = new Http(port);
            assertThat(reader.page("/contact/thanks").select("[role=status]").text())
                    .contains("A confirmation is on its way to your inbox.");
            assertThat(reader.page("/newsletter/check-email").select("[role=status]").text()).startsWith("Check your inbox");
            assertThat(reader.page("/login/forgot").select(".lead").text()).contains("we will send you a link");
        }
    }

    private static Document ownersDashboard(int port, StaffFixtures staff) {
        Http owner = Http.withCookies(port);
        var signedIn = owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return owner.page("/admin");
    }
}
