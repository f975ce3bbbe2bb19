package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.UUID;
import org.corebalance.BrowserJourney;
import org.corebalance.BrowserSupport;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.assessment.AssessmentFixtures;
import org.corebalance.membership.StaffFixtures;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coach's back office in a real browser: the menu is one row on a desktop and one Menu button
 * on a phone (with and without JavaScript, by keyboard too), the dashboard's urgent tile, and a
 * reply from the comment queue in place. Every state passes the accessibility check.
 */
@CoreBalanceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminMenuBrowserTests extends BrowserJourney {

    static final List<String> EVERY_ENTRY = List.of("Dashboard", "Articles", "Media", "Comments", "Newsletters", "Leads",
            "Messages", "Subscribers", "Staff", "Settings", "Outbox", "Redirects", "View site");

    @Autowired
    StaffFixtures staff;

    private Page signedIn(BrowserContext context, String email) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/admin"));
        return page;
    }

    /** Screenshot, accessibility check and no sideways scrolling, as every page gets. */
    private static void check(Page page, String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        BrowserSupport.screenshot(page, name);
        assertThat(BrowserSupport.accessibilityViolations(page)).as(name).isEmpty();
        assertThat(BrowserSupport.horizontalOverflow(page)).as("sideways scroll on " + name).isZero();
    }

    private static boolean focusIsOn(Page page, String selector) {
        return (Boolean) page.evaluate("s => document.activeElement === document.querySelector(s)", selector);
    }

    @Test
    @Order(1)
    void onAPhoneTheMenuIsOneButtonThatOpensToEveryEntry() {
        try (BrowserContext phone = browser.context(BrowserSupport.PHONE, true)) {
            Page page = signedIn(phone, staff.owner());
            page.navigate(url("/admin/comments"));
            assertThat(page.locator("header.admin-header").boundingBox().height).as("the header's height").isLessThan(120);
            assertThat(page.locator(".admin-bar").isVisible()).isFalse();
            Locator menu = page.locator(".admin-menu > summary");
            assertThat(menu.innerText()).startsWith("Menu").contains("Comments");
            Locator entries = page.locator(".admin-menu-panel a");
            assertThat(entries.first().isVisible()).isFalse();
            check(page, "admin-menu-closed-360");

            menu.click();
            assertThat(entries.allInnerTexts()).containsExactlyElementsOf(EVERY_ENTRY);
            for (Locator entry : entries.all()) {
                assertThat(entry.isVisible()).as(entry.innerText()).isTrue();
            }
            assertThat(page.locator(".admin-menu-panel a[aria-current=page]").innerText()).isEqualTo("Comments");
            check(page, "admin-menu-open-360");

            page.keyboard().press("Escape");
            assertThat(entries.first().isVisible()).isFalse();
            assertThat(focusIsOn(page, ".admin-menu > summary")).as("focus back on the Menu button").isTrue();
            page.keyboard().press("Enter");
            assertThat(entries.first().isVisible()).as("Enter opens it again").isTrue();
            page.keyboard().press("Tab");
            assertThat(focusIsOn(page, ".admin-menu-panel a[href='/admin']")).as("Tab goes to the first entry").isTrue();

            page.locator(".admin-menu-panel").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Outbox").setExact(true)).click();
            page.waitForURL(url("/admin/outbox"));
            assertThat(page.locator(".admin-menu > summary").innerText()).contains("Outbox");
        }
    }

    @Test
    @Order(2)
    void onAPhoneWithoutJavaScriptTheMenuStillOpensAndLeads() {
        try (BrowserContext phone = browser.context(BrowserSupport.PHONE, false)) {
            Page page = signedIn(phone, staff.owner());
            page.locator(".admin-menu > summary").click();
            page.locator(".admin-menu-panel").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Leads").setExact(true)).click();
            page.waitForURL(url("/admin/leads"));
            assertThat(page.locator("h1").innerText()).isEqualTo("Leads");
        }
    }

    @Test
    @Order(3)
    void onADesktopTheMenuIsOneRowWithADropDownPerGroup() {
        try (BrowserContext desk = browser.context(BrowserSupport.DESKTOP, true)) {
            Page page = signedIn(desk, staff.owner());
            page.navigate(url("/admin/settings"));
            assertThat(page.locator(".admin-menu").isVisible()).isFalse();
            Locator row = page.locator(".admin-bar > li > a, .admin-bar > li > details > summary");
            assertThat(row.allInnerTexts()).containsExactly("Dashboard", "Content", "People", "Settings", "View site");
            List<Double> tops = row.all().stream().map(item -> item.boundingBox().y).distinct().toList();
            assertThat(tops).as("every item on one line").hasSize(1);
            assertThat(page.locator("header.admin-header").boundingBox().height).as("brand, menu and account in one row")
                    .isLessThan(90);
            assertThat(page.locator(".admin-group > summary.is-current").innerText()).isEqualTo("Settings");
            check(page, "admin-menu-closed-1280");

            Locator people = page.locator(".admin-group").filter(new Locator.FilterOptions().setHasText("People"));
            people.locator("summary").click();
            assertThat(people.locator("a").allInnerTexts()).containsExactly("Leads", "Messages", "Subscribers", "Staff");
            assertThat(people.locator("a").first().isVisible()).isTrue();
            check(page, "admin-menu-open-1280");

            Locator content = page.locator(".admin-group").filter(new Locator.FilterOptions().setHasText("Content"));
            content.locator("summary").click();
            assertThat(people.locator("a").first().isVisible()).as("one group open at a time").isFalse();
            page.locator("h1").click();
            assertThat(content.locator("a").first().isVisible()).as("a click elsewhere closes it").isFalse();

            content.locator("summary").focus();
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            assertThat(focusIsOn(page, ".admin-group a[href='/admin/articles']")).isTrue();
            page.keyboard().press("Escape");
            assertThat(content.locator("a").first().isVisible()).isFalse();
            assertThat(focusIsOn(page, ".admin-group:has(a[href='/admin/articles']) > summary")).isTrue();
        }
    }

    @Test
    @Order(4)
    void anEditorsMenuHasOnlyWhatTheyMayOpen() {
        try (BrowserContext phone = browser.context(BrowserSupport.PHONE, true)) {
            Page page = signedIn(phone, staff.editor());
            page.locator(".admin-menu > summary").click();
            assertThat(page.locator(".admin-menu-panel a").allInnerTexts())
                    .containsExactly("Dashboard", "Articles", "Media", "Comments", "View site");
            check(page, "admin-menu-editor-open-360");
        }
    }

    @Test
    @Order(5)
    void theDashboardShowsARedFlagAsUrgentAndTheCoachRepliesFromTheQueueInPlace() {
        AssessmentFixtures.redFlagLead(new Http(port));
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Rhea Reply " + unique;
        Http reader = new Http(port);
        reader.postForm("/blog/walking-for-your-back/comments", "elapsed=60000&name=" + Http.encode(name) + "&email=rhea-" + unique
                + "%40example.org&body=Does+walking+count+as+exercise%3F", "Origin", reader.base());

        for (int width : List.of(BrowserSupport.PHONE, BrowserSupport.DESKTOP)) {
            try (BrowserContext context = browser.context(width, true)) {
                Page page = signedIn(context, staff.owner());
                Locator urgent = page.locator(".stat-urgent");
                assertThat(urgent.innerText()).startsWith("NEEDS ATTENTION").contains("with a red flag");
                check(page, "admin-dashboard-" + width);
                page.navigate(url("/admin/comments"));
                check(page, "admin-comments-" + width);
            }
        }

        try (BrowserContext desk = browser.context(BrowserSupport.DESKTOP, true)) {
            Page page = signedIn(desk, staff.owner());
            page.navigate(url("/admin/comments"));
            Locator item = page.locator(".moderation-item").filter(new Locator.FilterOptions().setHasText(name));
            item.locator("summary").click();
            item.getByLabel("Your reply to " + name).fill("Yes: **every** walk counts.");
            check(page, "admin-comments-reply-1280");
            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve and reply to " + name)).click();
            Locator done = page.locator(".moderation-done .notice");
            done.waitFor();
            assertThat(done.innerText()).isEqualTo("Approved, and your reply is published. See it under the article.");
            assertThat(page.url()).as("in place, with htmx").isEqualTo(url("/admin/comments"));
            check(page, "admin-comments-replied-1280");
            done.locator("a").click();
            page.waitForURL(u -> u.contains("/blog/walking-for-your-back"));
            assertThat(page.locator(".comment-replies .comment-card").filter(new Locator.FilterOptions().setHasText("every walk counts"))
                    .locator(".badge-coach").innerText()).isEqualTo("Coach");
        }
    }
}
