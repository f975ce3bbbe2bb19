package org.corebalance.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.corebalance.BrowserJourney;
import org.corebalance.BrowserSupport;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Smtp;
import org.corebalance.membership.StaffFixtures;
import org.corebalance.shared.SecretTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The free assessment in a real browser, as people take it: someone without red flags clicks
 * through every step on a phone with JavaScript on (htmx swaps the steps in place), someone who is
 * not sure about their bladder control is stopped with JavaScript off, and the owner finds both
 * among the leads. Every page passes the accessibility check and fits a phone and a desktop
 * without sideways scrolling; screenshots of each land in target/screenshots. An SMTP server
 * (GreenMail) is set up, since the result offers its e-mailed copy only when mail can be sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({CoreBalanceTest.TestClock.class, StaffFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentBrowserTests extends BrowserJourney {

    /** Where each person came from: unique in the shared database, and shown in the coach's list. */
    private final String calmSource = "/blog/browser-calm-" + UUID.randomUUID().toString().substring(0, 8);
    private final String flaggedSource = "/blog/browser-flagged-" + UUID.randomUUID().toString().substring(0, 8);

    private static final int SMTP_PORT = Smtp.freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = Smtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        Smtp.register(registry, SMTP_PORT);
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Scheduler mailScheduler;
    @Autowired
    StaffFixtures staff;
    String calmToken;
    String flaggedToken;

    @Test
    @Order(1)
    void aPersonWithoutRedFlagsClicksThroughEveryStepOnAPhoneAndGetsALevelThreeExercisesAndTheTrial() {
        try (BrowserContext phone = browser.context(BrowserSupport.PHONE, true)) {
            Page page = phone.newPage();
            page.setDefaultTimeout(15_000);
            List<String> consoleErrors = BrowserSupport.collectConsoleErrors(page);

            page.navigate(url("/assessment?from=" + calmSource));
            assertThat(page.locator("h1").textContent()).isEqualTo("Where does your back stand today?");
            look(page, "intro");

            // Consent: the label is what a thumb hits.
            page.locator("label[for=consent]").click();
            assertThat(page.getByRole(AriaRole.CHECKBOX).isChecked()).isTrue();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the assessment")).click();

            // 1. Safety, swapped in place, its own address in the bar.
            page.waitForURL(Pattern.compile(".*/assessment/[A-Za-z0-9_-]{43}/safety$"));
            calmToken = page.url().replaceAll(".*/assessment/([A-Za-z0-9_-]{43})/safety$", "$1");
            expectStep(page, 1, "A few safety questions first");
            assertThat(page.locator("header.site-header").count()).as("one page, not a page in a page").isEqualTo(1);
            look(page, "step-1-safety");

            // Sent empty, every question says what is missing.
            next(page);
            page.locator(".error-summary").waitFor();
            assertThat(page.locator(".error-summary").textContent()).contains("Some answers are missing");
            assertThat(question(page, "saddle_numbness").locator(".error-message").textContent()).isEqualTo("Please answer this question.");
            assertThat(page.locator(".error-message").count()).isGreaterThanOrEqualTo(17);
            expectStep(page, 1, "A few safety questions first");
            look(page, "step-1-safety-errors");

            for (String item : List.of("saddle_numbness", "bladder_bowel", "leg_weakness", "both_legs", "major_trauma",
                    "fever_unwell", "cancer_history", "weight_loss", "immune_drugs", "night_pain", "morning_stiffness",
                    "pain_new", "pregnancy", "recent_surgery", "not_improving")) {
                choose(page, item, "No");
            }
            choose(page, "age_group", "20 to 55");
            assertThat(question(page, "age_group").locator(".error-message").isVisible()).as("the message goes once answered").isFalse();
            assertThat(question(page, "bone_thinning").locator(".error-message").isVisible()).as("until then it stays").isTrue();
            // Not sure about thin bones: only then does the question about a fall appear, and a "No" there raises nothing.
            assertThat(question(page, "recent_fall").isVisible()).as("the fall question before it applies").isFalse();
            choose(page, "bone_thinning", "Not sure");
            assertThat(question(page, "recent_fall").isVisible()).isTrue();
            choose(page, "recent_fall", "No");
            look(page, "step-1-safety-answered");
            next(page);

            // 2. Pain.
            page.waitForURL(url("/assessment/" + calmToken + "/pain"));
            expectStep(page, 2, "Your pain");
            assertThat(page.locator(".error-summary").count()).as("no leftover messages").isZero();
            choose(page, "pain_now", "4");
            choose(page, "pain_week", "5");
            choose(page, "pain_where", "Low back, in the middle");
            choose(page, "pain_where", "Buttock");
            choose(page, "pain_leg", "No");
            choose(page, "pain_duration", "More than a year");
            choose(page, "pain_worse", "Sitting");
            choose(page, "pain_worse", "Standing for a long time");
            look(page, "step-2-pain");
            next(page);

            // 3. Everyday activities; then "Back" once, and the pain answers are still there.
            page.waitForURL(url("/assessment/" + calmToken + "/function"));
            expectStep(page, 3, "Everyday activities");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back").setExact(true)).click();
            page.waitForURL(url("/assessment/" + calmToken + "/pain"));
            expectStep(page, 2, "Your pain");
            assertThat(checked(page, "pain_now")).containsExactly("4");
            assertThat(checked(page, "pain_week")).containsExactly("5");
            assertThat(checked(page, "pain_where")).containsExactlyInAnyOrder("low-back-middle", "buttock");
            assertThat(checked(page, "pain_duration")).containsExactly("over-a-year");
            assertThat(checked(page, "pain_worse")).containsExactlyInAnyOrder("sitting", "standing-long");
            next(page);

            page.waitForURL(url("/assessment/" + calmToken + "/function"));
            expectStep(page, 3, "Everyday activities");
            choose(page, "fn_socks", "A little difficulty");
            choose(page, "fn_sitting", "Some difficulty");
            choose(page, "fn_standing", "Some difficulty");
            choose(page, "fn_walking", "No difficulty");
            choose(page, "fn_lifting", "A lot of difficulty");
            choose(page, "fn_housework", "A little difficulty");
            choose(page, "fn_bed", "No difficulty");
            choose(page, "fn_car", "A little difficulty");
            look(page, "step-3-function");
            next(page);

            // 4. Days and body: a number typed, a scale, the self-checks, and what was tried.
            page.waitForURL(url("/assessment/" + calmToken + "/contributors"));
            expectStep(page, 4, "Your days and your body");
            page.getByLabel("On a typical day, how many hours do you spend sitting?").fill("9");
            choose(page, "stress", "7");
            choose(page, "sleep", "Poorly: I often wake up or can’t fall asleep");
            choose(page, "walking", "Less than 15 minutes");
            choose(page, "check_side_plank", "No, or only on one side");
            choose(page, "check_bridge", "Yes, on both sides");
            choose(page, "check_breathing", "No, my chest does most of the moving");
            choose(page, "tried_before", "Stretching");
            choose(page, "tried_before", "Massage");
            choose(page, "relief_lasted", "It helped for a few hours or days, then the pain came back");
            look(page, "step-4-contributors");
            next(page);

            // 5. Goals, the last step.
            page.waitForURL(url("/assessment/" + calmToken + "/goals"));
            expectStep(page, 5, "What you want back");
            choose(page, "goal_1", "Going for longer walks");
            choose(page, "goal_1_now", "4");
            choose(page, "goal_2", "Gardening or work around the house");
            choose(page, "goal_2_now", "2");
            assertThat(question(page, "goal_3_now").isVisible()).as("no rating asked for a third activity not chosen").isFalse();
            look(page, "step-5-goals");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my result")).click();

            // The result: its private address, a level, three exercises and the trial offer.
            page.waitForURL(url("/assessment/" + calmToken));
            page.waitForLoadState(LoadState.DOMCONTENTLOADED);
            assertThat(page.locator("h1").textContent()).isEqualTo("Your result");
            assertThat(page.locator(".urgent").count()).isZero();
            assertThat(page.locator("main h2").first().textContent()).as("the level comes first").isEqualTo("Your starting level: Build");
            assertThat(page.locator(".score").filter(new Locator.FilterOptions().setHasText("How much your back limits daily life"))
                    .locator(".score-value").textContent()).isEqualTo("31%");
            Locator level = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your starting level: Build"));
            assertThat(level.isVisible()).isTrue();
            Locator exercises = page.locator(".exercise h3");
            assertThat(exercises.allTextContents()).containsExactly("Modified side plank", "Bird dog", "Dead bug");
            for (int i = 0; i < 3; i++) {
                assertThat(exercises.nth(i).isVisible()).isTrue();
            }
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Try Core Balance Training free for 7 days")).isVisible()).isTrue();
            Locator trial = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start my 7-day free trial"));
            assertThat(trial.isVisible()).isTrue();
            assertThat(trial.getAttribute("href")).isEqualTo("/trial?assessment=" + calmToken);
            assertThat(page.locator(".finding h3").allTextContents()).contains("Long hours of sitting", "Relief that didn’t last");
            assertThat(page.locator("main").textContent()).contains("not a diagnosis");
            look(page, "result");

            // A copy goes to the first address given; after that the page names it and offers it once more.
            page.locator("#email").fill("calm-reader@example.org");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("E-mail me a copy")).click();
            assertThat(page.locator("#copy .notice").textContent()).contains("on its way");
            assertThat(page.locator("#copy strong").textContent()).isEqualTo("calm-reader@example.org");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send it again")).isVisible()).isTrue();
            look(page, "result-copy-sent");

            // The one error: the step sent empty on purpose.
            assertThat(consoleErrors).allMatch(e -> e.contains("422"));
        }
    }

    @Test
    @Order(2)
    void notSureAboutBladderControlWithJavaScriptOffGetsTheEmergencyMessageAndNoProgram() {
        try (BrowserContext phone = browser.context(BrowserSupport.PHONE, false)) {
            Page page = phone.newPage();
            page.setDefaultTimeout(15_000);
            List<String> consoleErrors = BrowserSupport.collectConsoleErrors(page);

            page.navigate(url("/assessment?from=" + flaggedSource));
            // Without ticking the box, the browser itself asks for it (no script needed), and nothing starts.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the assessment")).click();
            assertThat(page.locator("#consent:invalid").count()).isEqualTo(1);
            assertThat(page.url()).endsWith("/assessment?from=" + flaggedSource);
            page.locator("label[for=consent]").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the assessment")).click();

            // Without JavaScript the first step is the answer to the consent's post, at /assessment.
            page.waitForLoadState(LoadState.DOMCONTENTLOADED);
            expectStep(page, 1, "A few safety questions first");
            flaggedToken = page.locator("form.assessment-form").getAttribute("action")
                    .replaceAll("/assessment/([A-Za-z0-9_-]{43})/safety$", "$1");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back").setExact(true)).count())
                    .as("nothing to go back to on the first step").isZero();

            // Sent empty without JavaScript: a whole page back, with the messages.
            next(page);
            page.waitForLoadState(LoadState.DOMCONTENTLOADED);
            assertThat(page.locator(".error-summary").textContent()).contains("Some answers are missing");
            assertThat(question(page, "bladder_bowel").locator(".error-message").textContent()).isEqualTo("Please answer this question.");
            lookWithoutScript(page, "step-1-safety-errors-nojs");

            for (String item : List.of("saddle_numbness", "leg_weakness", "both_legs", "major_trauma", "fever_unwell",
                    "cancer_history", "weight_loss", "immune_drugs", "bone_thinning", "night_pain", "morning_stiffness",
                    "pain_new", "pregnancy", "recent_surgery", "not_improving")) {
                choose(page, item, "No");
            }
            choose(page, "age_group", "Over 55");
            // The follow-up shows without any script, once an answer opens it, and goes again when it no longer applies.
            choose(page, "not_improving", "Not sure");
            assertThat(question(page, "checked_by_clinician").isVisible()).isTrue();
            choose(page, "not_improving", "No");
            assertThat(question(page, "checked_by_clinician").isVisible()).isFalse();
            choose(page, "bladder_bowel", "Not sure");
            next(page);

            page.waitForURL(url("/assessment/" + flaggedToken));
            page.waitForLoadState(LoadState.DOMCONTENTLOADED);
            assertThat(page.locator("h1").textContent()).isEqualTo("Please get emergency care now");
            Locator urgent = page.locator(".urgent");
            assertThat(urgent.isVisible()).isTrue();
            assertThat(urgent.textContent()).contains("Go to an emergency department now", "911");
            String main = page.locator("main").textContent();
            assertThat(main).doesNotContain("Try Core Balance Training", "free trial", "starting level", "Three exercises");
            assertThat(page.locator(".exercise, .trial-offer, .level-box").count()).isZero();
            assertThat(page.locator("a[href^='/trial']").count()).as("no way into the trial from here").isZero();
            lookWithoutScript(page, "result-emergency");

            // Going to a later step leads back to the message: nothing goes on after a red flag.
            page.navigate(url("/assessment/" + flaggedToken + "/pain"));
            assertThat(page.url()).isEqualTo(url("/assessment/" + flaggedToken));
            assertThat(page.locator("h1").textContent()).isEqualTo("Please get emergency care now");

            assertThat(consoleErrors).allMatch(e -> e.contains("422"));
        }
    }

    @Test
    @Order(3)
    void theOwnerSeesBothAssessmentsAmongTheLeadsAndEachLookIsLogged() {
        assertThat(calmToken).as("the first journey finished").isNotNull();
        assertThat(flaggedToken).as("the second journey finished").isNotNull();
        long calmId = idOf(calmToken);
        long flaggedId = idOf(flaggedToken);
        String owner = staff.owner();
        String ownerName = jdbc.sql("select display_name from account where email = :e").param("e", owner).query(String.class).single();

        try (BrowserContext desk = browser.context(BrowserSupport.DESKTOP, true)) {
            Page page = desk.newPage();
            page.setDefaultTimeout(15_000);
            List<String> consoleErrors = BrowserSupport.collectConsoleErrors(page);
            page.navigate(url("/login"));
            page.getByLabel("E-mail address").fill(owner);
            page.getByLabel("Password").fill(StaffFixtures.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(url("/admin**"));

            page.locator("nav.admin-nav summary").filter(new Locator.FilterOptions().setHasText("People")).click();
            page.locator("nav.admin-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Leads")).click();
            page.waitForURL(url("/admin/leads"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Leads");
            Locator calmRow = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(calmSource));
            Locator flaggedRow = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(flaggedSource));
            assertThat(calmRow.count()).isEqualTo(1);
            assertThat(flaggedRow.count()).isEqualTo(1);
            assertThat(cells(calmRow)).containsSubsequence("Build", "4");
            assertThat(calmRow.locator(".status").count()).as("no red flag on the calm one").isZero();
            assertThat(flaggedRow.locator(".status").textContent()).isEqualToIgnoringCase("emergency");
            assertThat(cells(flaggedRow).get(2)).as("no level after a red flag").isEmpty();
            look(page, "admin-leads");

            // The flagged one: the emergency first, the answer that raised it in words, and this look logged.
            flaggedRow.getByRole(AriaRole.LINK).click();
            page.waitForURL(url("/admin/leads/" + flaggedId));
            assertThat(page.locator(".urgent").textContent()).contains("Red flag: emergency", "Please get emergency care now");
            assertThat(answer(page, "trouble controlling your bladder or bowels")).isEqualTo("Not sure");
            assertThat(answer(page, "How old are you?")).isEqualTo("Over 55");
            assertThat(page.locator("table").textContent()).as("nothing asked after the stop").doesNotContain("How strong is your back pain");
            assertThat(page.locator(".access-log li").first().textContent()).contains(ownerName, "(view)");
            int views = viewsLogged(page);
            look(page, "admin-lead-emergency");
            page.reload();
            assertThat(viewsLogged(page)).as("every look is recorded").isEqualTo(views + 1);

            // The calm one: its level, scores and every answer.
            page.navigate(url("/admin/leads"));
            page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(calmSource)).getByRole(AriaRole.LINK).click();
            page.waitForURL(url("/admin/leads/" + calmId));
            assertThat(page.locator(".urgent").count()).isZero();
            assertThat(page.locator(".message-facts").textContent()).contains("Starting level", "Build", calmSource);
            assertThat(answer(page, "How strong is your back pain right now?")).isEqualTo("4");
            assertThat(answer(page, "Where do you feel it?")).isEqualTo("Low back, in the middle, Buttock");
            assertThat(answer(page, "how many hours do you spend sitting?")).isEqualTo("9 hours");
            assertThat(answer(page, "Have you had a fall or a knock")).isEqualTo("No");
            assertThat(page.locator(".access-log li").first().textContent()).contains(ownerName, "(view)");
            assertThat(page.locator(".access-log").textContent()).contains("(list)");
            look(page, "admin-lead");

            assertThat(consoleErrors).isEmpty();
        }
    }

    /** The step's heading, and the progress bar and its words at this step. */
    private static void expectStep(Page page, int number, String title) {
        page.locator("h1").filter(new Locator.FilterOptions().setHasText(title)).waitFor();
        assertThat(page.locator("h1").textContent()).isEqualTo(title);
        assertThat(page.locator("#progress-label").textContent()).isEqualTo("Step " + number + " of 5: " + title);
        assertThat(page.locator("progress").getAttribute("value")).isEqualTo(String.valueOf(number - 1));
        assertThat(page.locator("progress").getAttribute("max")).isEqualTo("5");
        assertThat(page.title()).contains("Free assessment");
    }

    /** The question asking about this item: a group of choices, or a field. */
    private static Locator question(Page page, String item) {
        return page.locator(".question").filter(new Locator.FilterOptions().setHas(page.locator("[name='" + item + "']")));
    }

    /** Clicks the words of an answer, as a person does; the radio or box it belongs to is then checked. */
    private static void choose(Page page, String item, String label) {
        Locator option = question(page, item).locator("label").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + label.replaceAll("[^\\p{L}\\p{N} ]", "\\\\$0") + "\\s*$")));
        assertThat(option.count()).as("one answer \"" + label + "\" to " + item).isEqualTo(1);
        assertThat(option.isVisible()).as("\"" + label + "\" to " + item + " can be seen").isTrue();
        option.click();
        assertThat(option.locator("input").isChecked()).as("\"" + label + "\" to " + item + " is chosen").isTrue();
    }

    private static List<String> checked(Page page, String item) {
        return page.locator("input[name='" + item + "']:checked").all().stream().map(i -> i.getAttribute("value")).toList();
    }

    private static void next(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
    }

    private static List<String> cells(Locator row) {
        return row.locator("td").allTextContents().stream().map(String::strip).toList();
    }

    /** The answer shown in the lead's table for the question with these words. */
    private static String answer(Page page, String question) {
        Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(question));
        assertThat(row.count()).as("one answer to \"" + question + "\"").isEqualTo(1);
        return row.locator("td").last().textContent().strip();
    }

    private static int viewsLogged(Page page) {
        return (int) page.locator(".access-log li").allTextContents().stream().filter(t -> t.contains("(view)")).count();
    }

    private long idOf(String token) {
        return jdbc.sql("select id from assessment where token_hash = :h").param("h", SecretTokens.sha256(token))
                .query(Long.class).single();
    }

    /**
     * {@link #look} for a page shown with JavaScript off: its own screenshots, and the checks (which
     * need script: axe-core never finishes in a page without it) on the very same HTML at the same
     * address in a page with script.
     */
    private void lookWithoutScript(Page page, String name) {
        for (int width : List.of(BrowserSupport.PHONE, BrowserSupport.DESKTOP)) {
            page.setViewportSize(width, width == BrowserSupport.PHONE ? 780 : 900);
            BrowserSupport.screenshot(page, "assessment-" + name + "-" + width);
        }
        page.setViewportSize(BrowserSupport.PHONE, 780);
        String html = page.content();
        try (BrowserContext withScript = browser.context(BrowserSupport.PHONE, true)) {
            Page copy = withScript.newPage();
            copy.navigate(page.url());
            copy.setContent(html);
            copy.waitForLoadState(LoadState.LOAD);
            assertThat(copy.locator("h1").textContent()).isEqualTo(page.locator("h1").textContent());
            for (int width : List.of(BrowserSupport.PHONE, BrowserSupport.DESKTOP)) {
                copy.setViewportSize(width, width == BrowserSupport.PHONE ? 780 : 900);
                assertThat(BrowserSupport.accessibilityViolations(copy)).as(name + " at " + width).isEmpty();
                assertThat(BrowserSupport.horizontalOverflow(copy)).as("sideways scroll on " + name + " at " + width).isZero();
            }
        }
    }

    /** Screenshots on a phone and a desktop, the accessibility check at both, and no sideways scrolling. */
    private static void look(Page page, String name) {
        var original = page.viewportSize();
        for (int width : List.of(BrowserSupport.PHONE, BrowserSupport.DESKTOP)) {
            page.setViewportSize(width, width == BrowserSupport.PHONE ? 780 : 900);
            page.evaluate("() => window.scrollTo(0, 0)"); // else the sticky header lands mid-page in the full-page picture
            BrowserSupport.screenshot(page, "assessment-" + name + "-" + width);
            assertThat(BrowserSupport.accessibilityViolations(page)).as(name + " at " + width).isEmpty();
            assertThat(BrowserSupport.horizontalOverflow(page)).as("sideways scroll on " + name + " at " + width).isZero();
        }
        page.setViewportSize(original.width, original.height);
    }

    /** The outbox is shared by every test context on this database; ours must not deliver theirs to a stopped server. */
    @AfterAll
    void stopDelivering() {
        mailScheduler.stop();
    }
}
