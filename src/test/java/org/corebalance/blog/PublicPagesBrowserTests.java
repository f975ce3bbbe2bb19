package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.corebalance.BrowserJourney;
import org.corebalance.BrowserSupport;
import org.corebalance.CoreBalanceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The reader's journey in a real browser, with and without JavaScript, on a phone and a desktop. */
@CoreBalanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBrowserTests extends BrowserJourney {

    static final String PSOAS = "/blog/tight-psoas-low-back";


    @Test
    void aReaderGoesFromHomeToAnArticleToATagPageToTheFeed() {
        try (BrowserContext context = browser.context(BrowserSupport.PHONE, true)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.collectConsoleErrors(page);

            page.navigate(url("/"));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("FREE ASSESSMENT").setExact(true)).getAttribute("href"))
                    .isEqualTo("/assessment?from=/");
            page.locator(".latest .card-title a").first().click();
            page.waitForURL("**/blog/*");
            assertThat(page.locator("h1").textContent()).isNotBlank();
            assertThat(page.locator("figure.hero img").evaluate("img => img.complete && img.naturalWidth > 0")).isEqualTo(true);

            String tagName = page.locator(".tags a").first().textContent().strip();
            page.locator(".tags a").first().click();
            page.waitForURL("**/blog/tag/*");
            assertThat(page.locator("h1").textContent()).contains(tagName);
            assertThat(page.locator(".card").count()).isPositive();

            page.locator(".to-top").click();
            assertThat(page.locator("link[rel=alternate][type='application/atom+xml']").getAttribute("href")).isEqualTo("/feed.xml");
            var feed = page.request().get(url("/feed.xml"));
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.text()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void everyPublicPageIsReadableWithoutJavaScriptOnAPhone() {
        try (BrowserContext context = browser.context(BrowserSupport.PHONE, false)) {
            Page page = context.newPage();
            page.navigate(url(PSOAS));
            assertThat(page.locator("h1").isVisible()).isTrue();
            assertThat(page.locator(".prose p").first().isVisible()).isTrue();
            assertThat(page.locator("div.takeaways").isVisible()).isTrue();
            assertThat(page.locator("footer form.newsletter-form input[type=email]").isVisible()).isTrue();
            page.navigate(url("/blog"));
            assertThat(page.locator(".card").count()).isPositive();
        }
    }

    @Test
    void publicPagesPassTheAccessibilityCheckAndFitAPhoneAndADesktop() {
        var pages = List.of("/", "/blog", PSOAS, "/blog/tag/core-stability", "/blog/no-such-article", "/contact",
                "/contact/thanks", "/newsletter", "/newsletter/check-email", "/newsletter/confirm?token=expired");
        for (int width : List.of(BrowserSupport.PHONE, BrowserSupport.DESKTOP)) {
            try (BrowserContext context = browser.context(width, true)) {
                Page page = context.newPage();
                List<String> errors = BrowserSupport.collectConsoleErrors(page);
                for (String path : pages) {
                    page.navigate(url(path));
                    String name = (path.equals("/") ? "home" : path.substring(1).replace('/', '_')) + "-" + width;
                    BrowserSupport.screenshot(page, name);
                    assertThat(BrowserSupport.accessibilityViolations(page)).as(path + " at " + width).isEmpty();
                    assertThat(BrowserSupport.horizontalOverflow(page)).as("sideways scroll on " + path + " at " + width).isZero();
                }
                // The 404 and 410 (expired link) pages log their status as console errors in Chromium; nothing else may.
                assertThat(errors).allMatch(e -> e.contains("404") || e.contains("410"));
            }
        }
    }
}
