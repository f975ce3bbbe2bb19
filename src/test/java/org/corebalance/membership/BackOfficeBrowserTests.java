package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.corebalance.BrowserSupport;
import org.corebalance.Http;
import org.corebalance.MutableClock;
import org.corebalance.CoreBalanceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The coach's journey in a real browser, on a first start with an empty database: setup, sign in,
 * write an article with an uploaded image, preview it, publish it, schedule another, and an
 * editor refused an owner page. Every back-office page passes the accessibility check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "corebalance.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:back-office-journey;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@Import({BackOfficeBrowserTests.Clock.class, StaffFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackOfficeBrowserTests {

    static final String OWNER = "cora@corebalance.test";
    static final String PASSWORD = "ribs down, breathe low, lift slowly";

    @TestConfiguration(proxyBeanMethods = false)
    static class Clock {
        @Bean
        @Primary
        MutableClock journeyClock() {
            return new MutableClock(CoreBalanceTest.NOW);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    StaffFixtures staff;
    BrowserSupport browser;
    BrowserContext context;
    Page page;
    List<String> consoleErrors;

    @BeforeAll
    void start() {
        browser = new BrowserSupport();
        context = browser.context(BrowserSupport.DESKTOP, true);
        page = context.newPage();
        consoleErrors = BrowserSupport.collectConsoleErrors(page);
    }

    @AfterAll
    void stop() {
        context.close();
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void checkPage(String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        BrowserSupport.screenshot(page, "admin-" + name + "-1280");
        assertThat(BrowserSupport.accessibilityViolations(page)).as(name).isEmpty();
        assertThat(BrowserSupport.horizontalOverflow(page)).as(name).isZero();
    }

    @Test
    @Order(1)
    void theFirstVisitorSetsUpThePracticeAndSignsIn() {
        page.navigate(url("/admin"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Set up your practice");
        checkPage("setup");
        page.getByLabel("Your name").fill("Cora Coach");
        page.getByLabel("Your e-mail address").fill(OWNER);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByLabel("Practice name").fill("Cora's Core");
        page.getByLabel("City").fill("San Clemente, California");
        page.getByLabel("Public contact e-mail").fill("hello@cora.test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the owner's account")).click();

        assertThat(page.locator(".notice").textContent()).contains("Your practice is set up");
        checkPage("sign-in");
        page.getByLabel("E-mail address").fill(OWNER);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Hello, Cora Coach");
        checkPage("dashboard");
    }

    @Test
    @Order(2)
    void theOwnerWritesAnArticleWithAnUploadedImagePreviewsAndPublishesIt() throws IOException {
        page.navigate(url("/admin/articles/new"));
        page.getByLabel("Title").fill("Breathing low, standing tall");
        page.getByLabel("Summary").fill("How a steady breath gives the low back support.");
        page.getByLabel("Text").fill("Start lying down.\n\n## The sealed can\n\nFill the can **gently**.\n\n## Standing up\n\nKeep it.\n\n> [!TAKEAWAYS]\n> - Breathe low.\n");
        // The live preview (htmx) shows the article as readers will see it.
        page.locator("#preview strong").waitFor();
        assertThat(page.locator("#preview h2").first().textContent()).contains("The sealed can");
        page.getByLabel("Tags").fill("breathing, core stability");
        page.getByLabel("Or upload a new image").setInputFiles(image());
        page.getByLabel("Describe the image").fill("A teal square, calm and even");
        checkPage("editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
        assertThat(page.locator(".notice").textContent()).contains("Published");

        page.navigate(url("/blog"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Breathing low, standing tall")).first().click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Breathing low, standing tall");
        assertThat(page.locator("figure.hero img").getAttribute("alt")).isEqualTo("A teal square, calm and even");
        assertThat(page.locator("figure.hero img").evaluate("img => img.complete && img.naturalWidth > 0")).isEqualTo(true);

        page.navigate(url("/admin/articles"));
        checkPage("articles");
        page.navigate(url("/admin/media"));
        checkPage("media");
    }

    @Test
    @Order(3)
    void aScheduledArticleAppearsOnceTheClockPassesItsTime() {
        page.navigate(url("/admin/articles/new"));
        page.getByLabel("Title").fill("Walking after dinner");
        page.getByLabel("Summary").fill("A gentle habit.");
        page.getByLabel("Text").fill("Walk.\n\n## Why\n\nBecause.\n");
        // NOW is 04:00 in Los Angeles, the practice's time zone.
        page.locator("#publishAt").fill("2026-11-24T09:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule")).click();
        assertThat(page.locator(".notice").textContent()).contains("Scheduled");

        var reader = new Http(port);
        assertThat(reader.get("/blog/walking-after-dinner").statusCode()).isEqualTo(404);
        clock.advance(Duration.ofHours(5).plusMinutes(1));
        page.navigate(url("/blog"));
        assertThat(page.locator(".card-title").allTextContents()).contains("Walking after dinner");
    }

    @Test
    @Order(4)
    void anEditorIsRefusedAnOwnerPage() {
        page.navigate(url("/admin/staff"));
        checkPage("staff");
        page.navigate(url("/admin/settings"));
        checkPage("settings");
        page.navigate(url("/admin/outbox"));
        checkPage("outbox");
        page.locator("form[action='/logout'] button").click();

        String editor = staff.editor();
        page.navigate(url("/login"));
        page.getByLabel("E-mail address").fill(editor);
        page.getByLabel("Password").fill(StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("nav.admin-nav a[href='/admin/staff']").count()).isZero();
        var response = page.navigate(url("/admin/settings"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(consoleErrors).allMatch(e -> e.contains("403"));
    }

    @Test
    @Order(5)
    void everyBackOfficePageFitsAPhone() {
        try (BrowserContext phone = browser.context(BrowserSupport.PHONE, true)) {
            Page small = phone.newPage();
            small.navigate(url("/login"));
            small.getByLabel("E-mail address").fill(OWNER);
            small.getByLabel("Password").fill(PASSWORD);
            small.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            for (String path : List.of("/admin", "/admin/articles", "/admin/articles/new", "/admin/media", "/admin/staff",
                    "/admin/settings", "/admin/outbox", "/admin/messages", "/admin/subscribers", "/admin/newsletters", "/admin/newsletters/new", "/admin/password",
                    "/login/forgot")) {
                small.navigate(url(path));
                small.waitForLoadState(LoadState.NETWORKIDLE);
                String name = "admin" + path.replace("/admin", "").replace('/', '_') + "-360";
                BrowserSupport.screenshot(small, name);
                assertThat(BrowserSupport.accessibilityViolations(small)).as(path).isEmpty();
                assertThat(BrowserSupport.horizontalOverflow(small)).as("sideways scroll on " + path).isZero();
            }
        }
    }

    private static Path image() throws IOException {
        var image = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x12, 0x5e, 0x5a));
        g.fillRect(0, 0, 1200, 675);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        Path file = Files.createTempFile("hero", ".png");
        Files.write(file, out.toByteArray());
        return file;
    }
}
