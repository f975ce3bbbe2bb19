package org.corebalance.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.util.Optional;
import org.corebalance.assessment.AssessmentApi;
import org.corebalance.blog.BlogApi;
import org.corebalance.comments.CommentsApi;
import org.corebalance.contact.ContactApi;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.system.SetupState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** /admin: the first-run redirect, who may see it, and which counts each member of staff is shown. */
@WebSliceTest
class DashboardControllerTests {

    private static final SignedIn OWNER = new SignedIn(1, "Maya", "maya@example.org", SignedIn.Role.OWNER);
    private static final SignedIn EDITOR = new SignedIn(2, "Sam", "sam@example.org", SignedIn.Role.EDITOR);

    @Autowired
    MockMvc mvc;
    @Autowired
    SetupState setup;
    @Autowired
    WhoIsSignedIn whoIsSignedIn;
    @Autowired
    BlogApi blog;
    @Autowired
    ContactApi contact;
    @Autowired
    CommentsApi comments;
    @Autowired
    AssessmentApi assessments;
    @Autowired
    MailApi mail;

    @BeforeEach
    void aPracticeWithSomethingOfEverything() {
        given(setup.isComplete()).willReturn(true);
        given(blog.counts()).willReturn(new BlogApi.ArticleCounts(5, 1, 2));
        given(contact.unreadMessages()).willReturn(3L);
        given(comments.waitingForApproval()).willReturn(1L);
        given(assessments.newLeads()).willReturn(new AssessmentApi.LeadCounts(4, 2));
    }

    private Document dashboardAs(SignedIn who) throws Exception {
        given(whoIsSignedIn.current()).willReturn(Optional.of(who));
        given(whoIsSignedIn.currentStaff()).willReturn(Optional.of(who));
        String page = mvc.perform(get("/admin").with(user(who.email()).roles(who.role().name())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page);
    }

    @Test
    void theOwnerSeesEveryCount() throws Exception {
        Document page = dashboardAs(OWNER);
        assertThat(page.select("h1").text()).isEqualTo("Hello, Maya");
        assertThat(page.select(".stat-list li").eachText()).containsExactly("5 published", "1 scheduled", "2 drafts",
                "Needs attention 2 new leads with a red flag", "1 comment waits for you",
                "4 new leads from the free assessment", "3 unread messages");
    }

    @Test
    void eachTileIsOneLinkWithNoStrayPunctuationBetweenTiles() throws Exception {
        given(mail.refusedToVisitorsSince(any())).willReturn(2L);
        Document page = dashboardAs(OWNER);
        assertThat(page.select(".stat-list > li")).hasSize(8);
        for (var tile : page.select(".stat-list > li")) {
            assertThat(tile.select("> a")).as(tile.text()).hasSize(1);
            assertThat(tile.child(0).tagName()).isEqualTo("a");
            assertThat(tile.ownText()).as("text beside the tile's link in " + tile.text()).isEmpty();
        }
        assertThat(page.select(".stat-with-note").text())
                .startsWith("2 e-mails to visitors' addresses refused this week Too many to one address");
    }

    @Test
    void redFlagsAreAnUrgentTileThatSaysSoInWordsAndOpensJustThoseLeads() throws Exception {
        var urgent = dashboardAs(OWNER).select(".stat-list .stat-urgent a");
        assertThat(urgent).hasSize(1);
        assertThat(urgent.select(".urgent-label").text()).isEqualTo("Needs attention");
        assertThat(urgent.attr("href")).isEqualTo("/admin/leads?flag=any&status=NEW");

        given(assessments.newLeads()).willReturn(new AssessmentApi.LeadCounts(4, 0));
        assertThat(dashboardAs(OWNER).select(".stat-urgent, .urgent-label")).isEmpty();
    }

    @Test
    void everyAreaTheOwnerMayOpenIsListedInItsGroup() throws Exception {
        Document page = dashboardAs(OWNER);
        assertThat(page.select(".area-group").eachText()).containsExactly("Content", "People", "Settings");
        assertThat(page.select(".area-list a").eachAttr("href")).containsExactly("/admin/articles", "/admin/media",
                "/admin/comments", "/admin/newsletters", "/admin/leads", "/admin/messages", "/admin/subscribers",
                "/admin/staff", "/admin/settings", "/admin/outbox", "/admin/redirects");
        assertThat(dashboardAs(EDITOR).select(".area-list a").eachAttr("href"))
                .containsExactly("/admin/articles", "/admin/media", "/admin/comments");
    }

    @Test
    void anEditorIsNotShownLeadsOrMessages() throws Exception {
        Document page = dashboardAs(EDITOR);
        assertThat(page.select(".stat-list li").eachText()).containsExactly("5 published", "1 scheduled", "2 drafts",
                "1 comment waits for you");
        assertThat(page.select("a[href=/admin/leads], a[href=/admin/messages], a[href=/admin/settings]")).isEmpty();
    }

    @Test
    void beforeSetupEveryoneIsSentToTheSetupPageAndNothingIsCounted() throws Exception {
        given(setup.isComplete()).willReturn(false);
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/setup"));
        verifyNoInteractions(blog, contact, comments, assessments);
    }

    @Test
    void afterSetupAnonymousVisitorsAreAskedToSignIn() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(blog, contact, comments, assessments);
    }

    @Test
    void withoutAnSmtpServerABannerSaysEmailWaitsInTheOutboxAndWhatToSet() throws Exception {
        given(mail.deliveryConfigured()).willReturn(false);
        var banner = dashboardAs(OWNER).selectFirst("h1 + .notice[role=status]");
        assertThat(banner).as("right under the greeting").isNotNull();
        assertThat(banner.text()).contains("E-mail is not being sent yet", "wait in the Outbox", "SPRING_MAIL_HOST",
                "the README's section “Sending e-mail”");
        assertThat(banner.select("a[href=/admin/outbox]").text()).isEqualTo("Outbox");

        // Editors cannot open the outbox, so theirs names no link and no setting, only who can.
        var editors = dashboardAs(EDITOR).selectFirst("h1 + .notice[role=status]");
        assertThat(editors.text()).contains("E-mail is not being sent yet", "until the practice's owner sets one up")
                .doesNotContain("SPRING_MAIL_HOST");
        assertThat(editors.select("a")).isEmpty();
    }

    @Test
    void withAnSmtpServerThereIsNoBanner() throws Exception {
        given(mail.deliveryConfigured()).willReturn(true);
        assertThat(dashboardAs(OWNER).select(".notice").text()).doesNotContain("E-mail is not being sent");
        assertThat(dashboardAs(OWNER).select("h1 + .notice")).isEmpty();
    }
}
