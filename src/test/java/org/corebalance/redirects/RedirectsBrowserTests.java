package org.corebalance.redirects;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.UUID;
import org.corebalance.BrowserSupport;
import org.corebalance.CoreBalanceTest;
import org.corebalance.membership.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The owner moves a previous site's address over in a real browser, from the menu's Settings group: a refusal
 * first, then the redirect, listed; a reader following the old link lands on the page. The page
 * passes the accessibility check and fits a phone.
 */
@CoreBalanceTest
class RedirectsBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Page page) {
        page.navigate(url("/login"));
        page.getByLabel("E-mail address").fill(staff.owner());
        page.getByLabel("Password").fill(StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private static void check(Page page, String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        BrowserSupport.screenshot(page, name);
        assertThat(BrowserSupport.accessibilityViolations(page)).as(name).isEmpty();
        assertThat(BrowserSupport.horizontalOverflow(page)).as("sideways scroll on " + name).isZero();
    }

    @Test
    void theOwnerRedirectsAnOldAddressAndAReaderFollowsIt() {
        String old = "/pages/our-approach-" + UUID.randomUUID().toString().substring(0, 8) + "/";
        try (var browser = new BrowserSupport(); BrowserContext desktop = browser.context(BrowserSupport.DESKTOP, true)) {
            Page page = desktop.newPage();
            signIn(page);
            page.navigate(url("/admin/settings"));
            check(page, "admin_settings-1280");
            // The owner finds it in the menu's Settings group.
            page.locator("nav summary", new Page.LocatorOptions().setHasText("Settings")).first().click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redirects").setExact(true)).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Redirects from old addresses");

            page.getByLabel("Old address").fill("https://my-old-practice.example" + old);
            page.getByLabel("Leads to").fill("https://elsewhere.example/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the redirect")).click();
            assertThat(page.locator("#to-error").textContent()).startsWith("A redirect can only lead to a page of this site");
            check(page, "admin_redirects-refused-1280");

            page.getByLabel("Leads to").fill("/blog/tight-psoas-low-back");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the redirect")).click();
            String stored = old.substring(0, old.length() - 1);
            assertThat(page.locator(".notice").textContent()).isEqualTo("Added: " + stored + " now leads to /blog/tight-psoas-low-back.");
            assertThat(page.locator(".redirect-list").textContent()).contains(stored);
            check(page, "admin_redirects-1280");

            Page reader = browser.context(BrowserSupport.DESKTOP, true).newPage();
            reader.navigate(url(old));
            assertThat(reader.url()).isEqualTo(url("/blog/tight-psoas-low-back"));
            assertThat(reader.locator("h1").textContent()).isNotBlank();
        }
        try (var browser = new BrowserSupport(); BrowserContext phone = browser.context(BrowserSupport.PHONE, true)) {
            Page page = phone.newPage();
            signIn(page);
            page.navigate(url("/admin/redirects"));
            check(page, "admin_redirects-360");
        }
    }
}
