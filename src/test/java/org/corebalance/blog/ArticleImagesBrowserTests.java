package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corebalance.BrowserJourney;
import org.corebalance.BrowserSupport;
import org.corebalance.CoreBalanceTest;
import org.corebalance.media.MediaApi;
import org.corebalance.membership.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Images in a real browser: the coach puts one into an article's text from the library with its
 * description and caption (with the editor's script, where the cursor is; without, at the end),
 * deletes an unused one from the library, and a phone at 2x and 3x downloads no more of each image
 * than it shows.
 */
@CoreBalanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleImagesBrowserTests extends BrowserJourney {

    private static final Pattern WIDTH = Pattern.compile("/media/\\d+/(\\d+)\\.jpg$");

    @Autowired
    StaffFixtures staff;
    @Autowired
    MediaApi media;
    @Autowired
    BlogService blog;

    String unique;

    @BeforeEach
    void unique() {
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private long image(String name) {
        return media.importIllustration(name + "-" + unique + ".svg", BlogHttpTests.ILLUSTRATION.getBytes(StandardCharsets.UTF_8));
    }

    private void signIn(Page page) {
        page.navigate(url("/login"));
        page.getByLabel("E-mail address").fill(staff.editor());
        page.getByLabel("Password").fill(StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/admin**");
    }

    private static void check(Page page, String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        BrowserSupport.screenshot(page, name);
        assertThat(BrowserSupport.accessibilityViolations(page)).as(name).isEmpty();
        assertThat(BrowserSupport.horizontalOverflow(page)).as("sideways scroll on " + name).isZero();
    }

    private static Locator insertButton(Page page, String imageName) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Insert " + imageName).setExact(true));
    }

    @Test
    void theCoachInsertsAnImageWithItsDescriptionAndCaptionWhereTheCursorIs() {
        long id = image("bridge");
        String name = "bridge-" + unique + ".svg";
        try (BrowserContext context = browser.context(BrowserSupport.DESKTOP, true)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.collectConsoleErrors(page);
            signIn(page);
            page.navigate(url("/admin/articles/new"));
            page.getByLabel("Title").fill("Bridges " + unique);
            page.getByLabel("Summary").fill("Lift slowly, glutes first.");
            Locator text = page.getByLabel("Text");
            text.fill("First paragraph.\n\nSecond paragraph.");
            text.evaluate("area => area.setSelectionRange(16, 16)");

            page.locator("summary", new Page.LocatorOptions().setHasText("Insert an image")).click();
            insertButton(page, name).click();
            assertThat(page.locator("#insertAlt-error").textContent()).startsWith("Say what the image shows first");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("insertAlt");
            assertThat(text.inputValue()).isEqualTo("First paragraph.\n\nSecond paragraph.");

            page.getByLabel("What the image shows").fill("A bridge [easy] *slow*");
            page.getByLabel("Caption (optional)").fill("Glutes start the \"lift\"");
            insertButton(page, name).click();

            assertThat(text.inputValue()).isEqualTo("First paragraph.\n\n![A bridge \\[easy\\] \\*slow\\*](/media/" + id
                    + "/960.jpg \"Glutes start the \\\"lift\\\"\")\n\nSecond paragraph.");
            assertThat(page.locator("#insert-status").textContent()).contains("in the text");
            assertThat(page.locator("#insertAlt").inputValue()).isEmpty();
            page.locator("#preview figure figcaption").waitFor();
            assertThat(page.locator("#preview figure img").getAttribute("alt")).isEqualTo("A bridge [easy] *slow*");

            // Enter in a field saves the draft, never inserts an image.
            page.getByLabel("Title").press("Enter");
            page.waitForURL(Pattern.compile(".*/admin/articles/\\d+$"));
            assertThat(page.locator(".notice").textContent()).isEqualTo("Draft saved.");
            assertThat(page.getByLabel("Text").inputValue()).containsOnlyOnce("/media/" + id + "/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
            assertThat(page.locator(".notice").textContent()).contains("Published");

            page.navigate(url("/blog/bridges-" + unique));
            Locator shown = page.locator(".prose figure img");
            assertThat(shown.getAttribute("alt")).isEqualTo("A bridge [easy] *slow*");
            assertThat(page.locator(".prose figcaption").textContent()).isEqualTo("Glutes start the \"lift\"");
            shown.scrollIntoViewIfNeeded();
            page.waitForFunction("img => img.complete && img.naturalWidth > 0", shown.elementHandle());
            shown.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                    "article-figure-1280.png")));
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void withoutTheScriptTheImageGoesAtTheEndOfTheText() {
        long id = image("plank");
        try (BrowserContext context = browser.context(BrowserSupport.PHONE, false)) {
            Page page = context.newPage();
            // Without script, Chromium never finishes the stylesheet's smooth scrolling to a control below the fold.
            page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
            signIn(page);
            page.navigate(url("/admin/articles/new"));
            page.getByLabel("Title").fill("Planks " + unique);
            page.getByLabel("Text").fill("Hold it.");
            page.locator("summary", new Page.LocatorOptions().setHasText("Insert an image")).click();
            page.getByLabel("What the image shows").fill("A side plank on one forearm");
            insertButton(page, "plank-" + unique + ".svg").click();

            assertThat(page.locator(".notice").textContent()).contains("end of the text");
            assertThat(page.getByLabel("Text").inputValue())
                    .isEqualTo("Hold it.\n\n![A side plank on one forearm](/media/" + id + "/960.jpg)\n");
            assertThat(page.getByLabel("Title").inputValue()).isEqualTo("Planks " + unique);
        }
    }

    @Test
    void theEditorsImagesAndTheLibraryPassTheChecksAndAnUnusedImageIsDeleted() {
        long unused = image("unused");
        long used = image("used");
        blog.create(new ArticleDraft("Uses an image " + unique, "uses-" + unique, "S.", "![A circle](/media/" + used + "/960.jpg)",
                List.of(), ArticleStatus.DRAFT, null, null, null));
        for (int width : List.of(BrowserSupport.PHONE, BrowserSupport.DESKTOP)) {
            try (BrowserContext context = browser.context(width, true)) {
                Page page = context.newPage();
                signIn(page);
                page.navigate(url("/admin/articles/new"));
                page.locator("summary", new Page.LocatorOptions().setHasText("Insert an image")).click();
                insertButton(page, "used-" + unique + ".svg").click();
                page.locator("#insertAlt-error").waitFor();
                check(page, "admin-editor-insert-image-" + width);
                page.locator("#insert-image").screenshot(new Locator.ScreenshotOptions()
                        .setPath(Paths.get("target", "screenshots", "admin-editor-insert-panel-" + width + ".png")));
                page.navigate(url("/admin/media"));
                check(page, "admin-media-delete-" + width);
                page.navigate(url("/admin/media/" + used + "/delete"));
                assertThat(page.locator(".media-uses a").textContent()).isEqualTo("Uses an image " + unique);
                check(page, "admin-media-in-use-" + width);
                page.navigate(url("/admin/media/" + unused + "/delete"));
                check(page, "admin-media-confirm-" + width);
            }
        }
        try (BrowserContext context = browser.context(BrowserSupport.PHONE, true)) {
            Page page = context.newPage();
            signIn(page);
            page.navigate(url("/admin/media"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete unused-" + unique + ".svg")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete the image")).click();
            assertThat(page.locator(".notice").textContent()).isEqualTo("\u201cunused-" + unique + ".svg\u201d was deleted.");
            assertThat(page.locator("img[src^='/media/" + unused + "/']").count()).isZero();
        }
        assertThat(media.exists(unused)).isFalse();
        assertThat(media.exists(used)).isTrue();
    }

    @Test
    void aPhoneAtTwiceAndThreeTimesDownloadsNoMoreThanItShows() {
        long hero = image("hero");
        long inText = image("in-text");
        blog.create(new ArticleDraft("Sized " + unique, "sized-" + unique, "Sizes.",
                "Intro.\n\n![A circle](/media/" + inText + "/960.jpg \"A caption\")\n\nMore.", List.of("sizes"),
                ArticleStatus.PUBLISHED, CoreBalanceTest.NOW.minus(Duration.ofMinutes(1)), hero, "A circle"));
        for (double ratio : new double[] {2, 3}) {
            try (BrowserContext context = browser.context(BrowserSupport.PHONE, ratio)) {
                Page page = context.newPage();
                page.navigate(url("/blog/sized-" + unique));
                int expected = ratio == 2 ? 640 : 960;
                assertThat(downloaded(page, "figure.hero img", ratio)).as("hero at %sx", ratio).isEqualTo(expected);
                assertThat(downloaded(page, ".prose figure img", ratio)).as("text at %sx", ratio).isEqualTo(expected);
                page.locator(".prose figure").screenshot(new Locator.ScreenshotOptions().setPath(Paths.get(
                        "target", "screenshots", "article-figure-360-" + (int) ratio + "x.png")));
                page.navigate(url("/"));
                assertThat(downloaded(page, ".latest .card-image img", ratio)).as("card at %sx", ratio).isEqualTo(expected);
            }
        }
    }

    /**
     * The width of the size the browser chose for the first such image, after checking it is no
     * more than 1.3 times what the image shows at this pixel ratio, and that the page shows it as
     * wide as its {@code sizes} says (320 px, or 318 for a card with its borders, on a 360 px phone).
     */
    private static int downloaded(Page page, String selector, double ratio) {
        Locator image = page.locator(selector).first();
        image.scrollIntoViewIfNeeded();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0 && img.currentSrc", image.elementHandle());
        String current = (String) image.evaluate("img => img.currentSrc");
        double shown = ((Number) image.evaluate("img => img.getBoundingClientRect().width")).doubleValue();
        Matcher width = WIDTH.matcher(current);
        assertThat(width.find()).as(current).isTrue();
        int chosen = Integer.parseInt(width.group(1));
        assertThat(shown).as(selector + " shown width").isBetween(317.0, 321.0);
        assertThat(chosen).as(selector + " at " + ratio + "x: " + current).isLessThanOrEqualTo((int) (1.3 * shown * ratio));
        return chosen;
    }
}
