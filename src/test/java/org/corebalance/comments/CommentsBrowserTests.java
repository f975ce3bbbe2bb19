package org.corebalance.comments;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corebalance.BrowserJourney;
import org.corebalance.BrowserSupport;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Comments in a real browser: a guest's first comment waits for the coach, who approves it in the
 * queue, with and without JavaScript; the coach and the guest talk in one thread; a form sent
 * empty says what is missing; every payload of the XSS corpus reaches readers and moderators as
 * harmless text; and every comment page passes the accessibility check on a phone and a desktop.
 * Each reader is a browser context with an address of its own (as {@link Http} clients are), so
 * one test's comments never count as a burst from another's reader.
 */
@CoreBalanceTest
@Import(StaffFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommentsBrowserTests extends BrowserJourney {

    static final String ARTICLE = "/blog/walking-for-your-back";
    /** The XSS corpus goes under another article, so the journey's screenshots stay readable. */
    static final String XSS_ARTICLE = "/blog/desk-habits-low-back";
    static final Path SHOTS = Paths.get("target", "screenshots");
    static final Pattern COUNT = Pattern.compile("(\\d+) comments?|No comments yet");
    static final String HELD_REASON = "Held because: First comment from this e-mail address";

    @Autowired
    StaffFixtures staff;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A reader's browser at a network address of its own (Tomcat trusts X-Forwarded-For from loopback). */
    private BrowserContext reader(int width, boolean javaScript) {
        BrowserContext context = browser.context(width, javaScript);
        var random = ThreadLocalRandom.current();
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For",
                "10." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(1, 250)));
        return context;
    }

    /** The owner, signed in through the sign-in form on a desktop; the page is on the dashboard. */
    private Page signedInOwner(BrowserContext context) {
        Page owner = context.newPage();
        owner.navigate(url("/login"));
        owner.getByLabel("E-mail address").fill(staff.owner());
        owner.getByLabel("Password").fill(StaffFixtures.PASSWORD);
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        owner.waitForURL(url("/admin"));
        return owner;
    }

    private static int count(Page page) {
        String label = page.locator("#comments .comment-count").textContent().strip();
        Matcher matcher = COUNT.matcher(label);
        assertThat(matcher.matches()).as("the comment count \"" + label + "\"").isTrue();
        return matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
    }

    /** A visible comment by this author, as readers see it. */
    private static Locator commentBy(Page page, String author) {
        return page.locator("#comments .comment-card").filter(new Locator.FilterOptions()
                .setHas(page.locator(".comment-author:text-is(\"" + author + "\")")));
    }

    /** The thread (a top-level comment and its replies) started by this author. */
    private static Locator threadOf(Page page, String author) {
        return page.locator("#comments li.comment:not(.comment-reply)").filter(new Locator.FilterOptions()
                .setHas(page.locator(".comment-card > .comment-meta > .comment-author:text-is(\"" + author + "\")")));
    }

    /** The queue entry for the comment sent from this e-mail address. */
    private static Locator queued(Page owner, String email) {
        return owner.locator(".moderation-item").filter(new Locator.FilterOptions().setHasText("<" + email + ">"));
    }

    /** Writes a guest comment into the form, waits like a person (the script measures it) and posts it. */
    private static void writeAsGuest(Page page, String name, String email, String text, String button) {
        Locator form = page.locator("form#comment-form");
        form.getByLabel("Your name").fill(name);
        form.getByLabel("Your e-mail address").fill(email);
        form.getByLabel("Your comment").fill(text);
        page.waitForTimeout(3_500);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /**
     * Screenshots of one part of the page on a phone and a desktop, the accessibility check of the
     * whole page at both, and no sideways scrolling. The viewport is left as it was.
     */
    private static void look(Page page, String selector, String name) {
        look(page, selector, name, true);
    }

    /**
     * The same; axe-core runs as asynchronous script in the page, which never finishes where
     * JavaScript is off, so such a page gets its accessibility check in a context with script.
     */
    private static void look(Page page, String selector, String name, boolean axe) {
        var before = page.viewportSize();
        for (int width : List.of(BrowserSupport.PHONE, BrowserSupport.DESKTOP)) {
            page.setViewportSize(width, width == BrowserSupport.PHONE ? 780 : 900);
            shoot(page, selector, "comments-" + name + "-" + width);
            if (axe) {
                assertThat(BrowserSupport.accessibilityViolations(page)).as(name + " at " + width).isEmpty();
            }
            assertThat(BrowserSupport.horizontalOverflow(page)).as("sideways scroll on " + name + " at " + width).isZero();
        }
        page.setViewportSize(before.width, before.height);
    }

    /**
     * A screenshot of one part of the page. Cut out of a full-page one: an element screenshot
     * waits for animation frames, which never come where JavaScript is off.
     */
    private static void shoot(Page page, String selector, String name) {
        page.evaluate("() => window.scrollTo({top: 0, behavior: 'instant'})");
        var box = page.locator(selector).boundingBox();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true)
                .setClip(box.x, box.y, box.width, box.height));
    }

    @Test
    @Order(1)
    void withJavaScriptAGuestsFirstCommentWaitsForTheCoachInPlaceAndAppearsOnceApproved() {
        String name = "Gina Walker " + unique();
        String email = "gina-" + unique() + "@example.org";
        try (BrowserContext guestPhone = reader(BrowserSupport.PHONE, true);
                BrowserContext ownerDesk = reader(BrowserSupport.DESKTOP, true)) {
            Page guest = guestPhone.newPage();
            List<String> consoleErrors = BrowserSupport.collectConsoleErrors(guest);
            guest.navigate(url(ARTICLE));
            int before = count(guest);
            guest.evaluate("() => { window.__samePage = true; }");

            writeAsGuest(guest, name, email, "Walking after dinner *really* helps my back.", "Post comment");

            Locator notice = guest.locator("#comment-notice");
            notice.waitFor();
            assertThat(notice.textContent()).contains("Thank you, your comment has arrived.", "It will appear here once the coach has read it.");
            assertThat(guest.evaluate("() => window.__samePage")).as("htmx swapped the section in place, no page load").isEqualTo(true);
            assertThat(guest.url()).isEqualTo(url(ARTICLE));
            assertThat(commentBy(guest, name).count()).as("a held comment is not shown").isZero();
            assertThat(guest.locator("#comments").textContent()).doesNotContain(name);
            assertThat(count(guest)).isEqualTo(before);
            assertThat(guest.locator("#comment-form").getByLabel("Your comment").inputValue()).as("the form is ready for another").isEmpty();
            look(guest, "#comments", "held-notice-js");

            Page owner = signedInOwner(ownerDesk);
            owner.navigate(url("/admin/comments"));
            Locator item = queued(owner, email);
            assertThat(item.count()).isEqualTo(1);
            assertThat(item.locator(".moderation-head").textContent()).contains(name);
            assertThat(item.locator(".moderation-reason").textContent().strip())
                    .as("waited like a person, so the only reason is the new address").isEqualTo(HELD_REASON);
            assertThat(item.locator(".moderation-text em").textContent()).isEqualTo("really");
            look(owner, "main", "admin-queue");
            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve " + name + "'s comment").setExact(true)).click();
            owner.waitForURL(u -> u.contains("done="));
            assertThat(owner.locator("p.notice").textContent().strip()).isEqualTo("1 approved.");
            assertThat(queued(owner, email).count()).as("gone from the queue").isZero();

            guest.reload();
            Locator mine = commentBy(guest, name);
            assertThat(mine.count()).isEqualTo(1);
            assertThat(mine.locator(".comment-text em").textContent()).isEqualTo("really");
            assertThat(mine.locator(".comment-text").textContent().strip()).isEqualTo("Walking after dinner really helps my back.");
            assertThat(count(guest)).isEqualTo(before + 1);
            assertThat(guest.locator("body").textContent()).as("the e-mail is never shown").doesNotContain(email);
            assertThat(consoleErrors).isEmpty();
        }
    }

    @Test
    @Order(2)
    void withoutJavaScriptThePostRedirectsToTheHeldNoticeAndTheBulkFormApprovesIt() {
        String name = "Nora Noscript " + unique();
        String email = "nora-" + unique() + "@example.org";
        try (BrowserContext guestDesk = reader(BrowserSupport.DESKTOP, false);
                BrowserContext ownerDesk = reader(BrowserSupport.DESKTOP, false)) {
            Page guest = guestDesk.newPage();
            guest.navigate(url(ARTICLE));
            int before = count(guest);

            writeAsGuest(guest, name, email, "I walk *before* work now.", "Post comment");

            guest.waitForURL(url(ARTICLE + "?comment=held#comments"));
            assertThat(guest.locator("#comment-notice").textContent()).contains("Thank you, your comment has arrived.");
            assertThat(commentBy(guest, name).count()).isZero();
            assertThat(count(guest)).isEqualTo(before);
            look(guest, "#comments", "held-notice-nojs", false);
            try (BrowserContext withScript = reader(BrowserSupport.DESKTOP, true)) {
                Page same = withScript.newPage();
                same.navigate(guest.url());
                assertThat(BrowserSupport.accessibilityViolations(same)).as("the held notice").isEmpty();
            }

            // The owner works without JavaScript too: tick the comment, choose Approve, Apply.
            Page owner = signedInOwner(ownerDesk);
            owner.navigate(url("/admin/comments"));
            Locator item = queued(owner, email);
            assertThat(item.locator(".moderation-reason").textContent().strip())
                    .as("without the script nobody measured the time, and that alone holds nothing").isEqualTo(HELD_REASON);
            item.getByRole(AriaRole.CHECKBOX).check();
            owner.getByLabel("With the selected comments:").selectOption("approve");
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true)).click();
            owner.waitForURL(u -> u.contains("done="));
            assertThat(owner.locator("p.notice").textContent().strip()).isEqualTo("1 approved.");

            guest.reload();
            Locator mine = commentBy(guest, name);
            assertThat(mine.count()).isEqualTo(1);
            assertThat(mine.locator(".comment-text em").textContent()).isEqualTo("before");
            assertThat(count(guest)).isEqualTo(before + 1);
        }
    }

    @Test
    @Order(3)
    void theCoachRepliesOnTheArticleAndTheGuestAnswersInTheSameThreadAtOnce() {
        String name = "Tomasz Thread " + unique();
        String email = "tomasz-" + unique() + "@example.org";
        try (BrowserContext guestPhone = reader(BrowserSupport.PHONE, true);
                BrowserContext ownerDesk = reader(BrowserSupport.DESKTOP, true)) {
            Page guest = guestPhone.newPage();
            List<String> guestErrors = BrowserSupport.collectConsoleErrors(guest);
            guest.navigate(url(ARTICLE));
            writeAsGuest(guest, name, email, "My physio says walk, my back says no. Where do I start?\n\n"
                    + "- ten minutes?\n- twenty?", "Post comment");
            guest.locator("#comment-notice").waitFor();

            Page owner = signedInOwner(ownerDesk);
            List<String> ownerErrors = BrowserSupport.collectConsoleErrors(owner);
            String coach = owner.locator(".admin-who").textContent().strip();
            owner.navigate(url("/admin/comments"));
            queued(owner, email).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Approve " + name + "'s comment").setExact(true)).click();
            owner.waitForURL(u -> u.contains("done="));

            // The coach replies from the article page, through the comment's own Reply link.
            owner.navigate(url(ARTICLE));
            owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reply to " + name).setExact(true)).click();
            Locator form = owner.locator("form#comment-form");
            assertThat(form.locator("#comment-form-heading").textContent()).isEqualTo("Reply to " + name);
            assertThat(form.locator(".hint").first().textContent()).contains("Write a new comment instead");
            assertThat(form.textContent()).contains("You are signed in as " + coach);
            assertThat(form.getByLabel("Your e-mail address").count()).as("the coach is known already").isZero();
            form.getByLabel("Your comment").fill("Start with **ten minutes** on flat ground, every day for a week. "
                    + "More in https://corebalance.example/blog/walking-for-your-back-upright-gentle-and-every-day-without-flare-ups");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post reply")).click();
            owner.locator("#comment-notice").waitFor();
            assertThat(owner.locator("#comment-notice").textContent()).contains("Thank you, your comment is published.");
            Locator coachReply = threadOf(owner, name).locator(".comment-replies .comment-card").first();
            assertThat(coachReply.locator(".comment-author").textContent()).isEqualTo(coach);
            assertThat(coachReply.locator(".badge-coach").textContent()).isEqualTo("Coach");
            assertThat(coachReply.locator("strong").textContent()).isEqualTo("ten minutes");
            assertThat(ownerErrors).isEmpty();

            // The guest (known now, by the same e-mail) answers in the same thread; it shows at once.
            // (Reloaded: the browser may keep a public page for a minute.)
            guest.reload();
            int before = count(guest);
            guest.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reply to " + name).setExact(true)).click();
            assertThat(guest.locator("#comment-form-heading").textContent()).isEqualTo("Reply to " + name);
            writeAsGuest(guest, name, email, "Thank you! Ten minutes it is. Physiotherapeutically-speaking-supercalifragilistic-"
                    + "longwordthatneverendsonaphonescreen worked.", "Post reply");
            guest.locator("#comment-notice").waitFor();
            assertThat(guest.locator("#comment-notice").textContent()).contains("Thank you, your comment is published.");
            Locator replies = threadOf(guest, name).locator(".comment-replies .comment-card");
            assertThat(replies.count()).isEqualTo(2);
            assertThat(replies.nth(0).locator(".badge-coach").count()).isEqualTo(1);
            assertThat(replies.nth(1).locator(".comment-author").textContent()).isEqualTo(name);
            assertThat(replies.nth(1).locator(".badge-coach").count()).isZero();
            assertThat(replies.nth(1).textContent()).contains("Ten minutes it is");
            assertThat(count(guest)).isEqualTo(before + 1);
            assertThat(guest.locator("#comment-form-heading").textContent()).as("the form is back to a new comment")
                    .isEqualTo("Leave a comment");
            look(guest, "#comments", "thread");
            assertThat(guestErrors).isEmpty();
        }
    }

    @Test
    @Order(4)
    void aCommentSentEmptyComesBackWithAMessageForEachFieldWithAndWithoutJavaScript() {
        try (BrowserContext js = reader(BrowserSupport.PHONE, true); BrowserContext noJs = reader(BrowserSupport.PHONE, false)) {
            Page page = js.newPage();
            List<String> consoleErrors = BrowserSupport.collectConsoleErrors(page);
            page.navigate(url(ARTICLE));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            page.locator(".error-summary").waitFor();
            assertThat(page.url()).isEqualTo(url(ARTICLE));
            expectEmptyFormMessages(page);
            look(page, "#comments", "form-errors-js");
            // The 422 answer is swapped in on purpose; Chromium still logs its status.
            assertThat(consoleErrors).allMatch(e -> e.contains("422"));

            Page plain = noJs.newPage();
            plain.navigate(url(ARTICLE));
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            plain.waitForURL(url(ARTICLE + "/comments"));
            assertThat(plain.locator("h1").textContent()).startsWith("Your comment on \u201cWalking for your back");
            expectEmptyFormMessages(plain);
            look(plain, "main", "form-errors-nojs", false);
            assertThat(plain.locator("h1").boundingBox().x).as("the heading keeps its distance from the phone's edge")
                    .isGreaterThanOrEqualTo(16);

            // The same page in a browser with script, sent without htmx (as a browser without script sends it), for axe.
            page.navigate(url(ARTICLE));
            page.locator("form#comment-form").evaluate("form => HTMLFormElement.prototype.submit.call(form)");
            page.waitForURL(url(ARTICLE + "/comments"));
            expectEmptyFormMessages(page);
            assertThat(BrowserSupport.accessibilityViolations(page)).as("the form page with mistakes").isEmpty();
        }
    }

    @Test
    @Order(7)
    void aReaderWithASessionFromTheSignInPageCanStillComment() {
        String name = "Sam Session " + unique();
        try (BrowserContext phone = reader(BrowserSupport.PHONE, true)) {
            Page page = phone.newPage();
            // A reader who once looked at the sign-in page (a member-to-be, a curious one) has a session from then on.
            page.navigate(url("/login"));
            assertThat(phone.cookies()).as("the sign-in page starts a session").isNotEmpty();
            page.navigate(url(ARTICLE));
            writeAsGuest(page, name, "sam-" + unique() + "@example.org", "Does this work with a cookie?", "Post comment");
            page.locator("#comments .notice, #comments .error-summary, #comments .error-message").first().waitFor();
            assertThat(page.locator("#comment-notice").textContent()).contains("Thank you, your comment has arrived.");
        }
    }

    private static void expectEmptyFormMessages(Page page) {
        assertThat(page.locator(".error-summary").textContent()).isEqualTo("Your comment is not posted yet. Please look at the fields marked below.");
        assertThat(page.locator("#name-error").textContent()).isEqualTo("Please tell us your name; it shows above your comment.");
        assertThat(page.locator("#email-error").textContent()).isEqualTo("Please enter your e-mail address. It is never shown.");
        assertThat(page.locator("#body-error").textContent()).isEqualTo("Please write your comment.");
        assertThat(page.locator("#body").getAttribute("aria-describedby")).contains("body-error");
        assertThat(page.locator("#email").getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    @Order(5)
    void theQueueAndTheSettingsPassTheAccessibilityCheckAndFitAPhone() {
        String unique = unique();
        String email = "longwinded-" + unique + "@example.org";
        var http = new Http(port);
        HttpResponse<String> posted = http.postForm(ARTICLE + "/comments", "elapsed=60000&name="
                + Http.encode("Bartholomew Maximilian Featherstonehaugh-Cholmondeley " + unique)
                + "&email=" + Http.encode(email)
                + "&website=" + Http.encode("https://www.example.org/a/very/long/path/without/any/breaks/that/goes/on/and/on/for/ever/" + unique)
                + "&body=" + Http.encode("Antidisestablishmentarianism-level-pain-in-my-lower-back-when-I-sit-for-too-long. "
                        + "See https://www.example.org/another/very/long/address/that/a/phone/must/wrap/somewhere/" + unique
                        + " and www.example.net"), "Origin", http.base());
        assertThat(posted.statusCode()).isEqualTo(302);

        try (BrowserContext ownerDesk = reader(BrowserSupport.DESKTOP, true)) {
            Page owner = signedInOwner(ownerDesk);
            List<String> consoleErrors = BrowserSupport.collectConsoleErrors(owner);
            owner.navigate(url("/admin/comments"));
            Locator item = queued(owner, email);
            assertThat(item.locator(".moderation-reason").textContent().strip())
                    .isEqualTo("Held because: 2 links; First comment from this e-mail address");
            look(owner, "main", "admin-queue-long-words");
            assertThat(owner.getByLabel("With the selected comments:").boundingBox().height)
                    .as("the bulk action is as easy to hit as the button beside it")
                    .isGreaterThanOrEqualTo(owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).boundingBox().height - 8);

            owner.navigate(url("/admin/comments?box=published"));
            assertThat(owner.locator(".filters a[aria-current=page]").textContent()).startsWith("Published (");
            look(owner, "main", "admin-published");
            owner.navigate(url("/admin/comments?box=spam"));
            look(owner, "main", "admin-spam");
            owner.navigate(url("/admin/comments/settings"));
            assertThat(owner.locator("h1").textContent()).isEqualTo("Comment settings");
            look(owner, "main", "admin-settings");
            owner.setViewportSize(BrowserSupport.PHONE, 780);
            var radio = owner.getByLabel("Only people who are signed in").boundingBox();
            var label = owner.locator("label[for=audience-members]").boundingBox();
            assertThat(label.x).as("a choice's words stand beside its button, not under it").isGreaterThan(radio.x + radio.width);
            owner.setViewportSize(BrowserSupport.DESKTOP, 900);

            // Clean up: the Delete button takes it out of the queue for good.
            owner.navigate(url("/admin/comments"));
            queued(owner, email).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Delete "))).click();
            owner.waitForURL(u -> u.contains("done="));
            assertThat(owner.locator("p.notice").textContent().strip()).isEqualTo("1 deleted.");
            assertThat(queued(owner, email).count()).isZero();
            assertThat(consoleErrors).isEmpty();
        }

        // The page a reply e-mail's stop link opens, here for a link it does not know.
        try (BrowserContext readerPhone = reader(BrowserSupport.PHONE, true)) {
            Page page = readerPhone.newPage();
            assertThat(page.navigate(url("/comments/stop?token=nonsense")).status()).isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("We don't know this link");
            assertThat(page.locator("h1").boundingBox().x).as("the heading keeps its distance from the phone's edge")
                    .isGreaterThanOrEqualTo(16);
            look(page, "main", "stop-unknown");
        }
    }

    // ---- The XSS corpus ------------------------------------------------------------------------------------------

    /** What a page records of script that ran: dialogs, calls to the dialog functions, CSP violations, errors. */
    private record Alarms(List<String> dialogs, List<String> consoleErrors) {
    }

    private static Alarms guard(Page page) {
        var dialogs = new CopyOnWriteArrayList<String>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        page.addInitScript("""
                (() => {
                    window.__xss = [];
                    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                        const original = window[name];
                        window[name] = function (...args) {
                            window.__xss.push(name + '(' + args.join(',') + ')');
                            return original.apply(window, args);
                        };
                    }
                    document.addEventListener('securitypolicyviolation',
                        e => window.__xss.push('CSP blocked ' + e.violatedDirective + ' ' + e.blockedURI));
                })();
                """);
        return new Alarms(dialogs, BrowserSupport.collectConsoleErrors(page));
    }

    /** Everything in {@code root} that could run script, or user content with markup it may not have. */
    private static final String DANGERS = """
            ([rootSelector, textSelector, nameSelector]) => {
                const problems = [];
                const root = document.querySelector(rootSelector);
                if (!root) return ['no ' + rootSelector];
                const forbidden = ['script', 'iframe', 'frame', 'object', 'embed', 'style', 'link', 'meta', 'base', 'svg', 'math',
                    'img', 'video', 'audio', 'source', 'template', 'noscript', 'marquee', 'details', 'body', 'head', 'html', 'h1', 'h4'];
                const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'srcset'];
                const unsafeUrl = /^(javascript|vbscript|data):/i;
                const squeeze = value => value.replace(/[\\u0000-\\u0020\\u007f-\\u009f]/g, '');
                // The queue's own reply box is a <details> with a class no comment can carry (classes are
                // sanitised away, and the text check below refuses any attribute but a link's).
                const ours = el => el.matches('li.moderation-item > details.moderation-reply');
                for (const el of root.querySelectorAll('*')) {
                    if (forbidden.includes(el.localName) && !ours(el)) problems.push('a <' + el.localName + '> element');
                    for (const attribute of el.attributes) {
                        const name = attribute.name.toLowerCase();
                        if (name.startsWith('on')) problems.push(el.localName + ' with ' + name + '="' + attribute.value + '"');
                        if (name === 'style' || name === 'srcdoc')
                            problems.push(el.localName + ' with ' + name);
                        if (urlAttributes.includes(name) && unsafeUrl.test(squeeze(attribute.value)))
                            problems.push(el.localName + ' with ' + name + '="' + attribute.value + '"');
                    }
                }
                const allowed = {p: [], br: [], em: [], strong: [], ul: [], ol: [], li: [], code: [], a: ['href', 'rel']};
                for (const text of root.querySelectorAll(textSelector)) {
                    for (const el of text.querySelectorAll('*')) {
                        if (!(el.localName in allowed)) problems.push('a <' + el.localName + '> in a comment');
                        else for (const attribute of el.attributes)
                            if (!allowed[el.localName].includes(attribute.name)) problems.push(el.localName + ' with ' + attribute.name + ' in a comment');
                    }
                    for (const link of text.querySelectorAll('a[href]')) {
                        if (!/^(https?:|mailto:)/i.test(link.getAttribute('href'))) problems.push('a comment link to ' + link.getAttribute('href'));
                        if (!link.relList.contains('nofollow') || !link.relList.contains('ugc')) problems.push('a comment link without rel nofollow ugc');
                    }
                }
                for (const name of root.querySelectorAll(nameSelector)) {
                    if (name.children.length > 0) problems.push('markup in a name: ' + name.innerHTML);
                }
                return problems;
            }""";

    /** Proves nothing from the comments ran or can run on the page that is open now. */
    private static void expectNoScriptRan(Page page, Alarms alarms, String root, String text, String name, String where) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(500); // error and load handlers fire after the page has loaded
        assertThat(alarms.dialogs()).as("dialogs opened on " + where).isEmpty();
        assertThat(page.evaluate("() => window.__xss")).as("dialog calls and CSP violations on " + where).isEqualTo(List.of());
        assertThat(alarms.consoleErrors()).as("console errors on " + where).isEmpty();
        assertThat(page.evaluate("() => document.baseURI")).as("no <base> took over").isEqualTo(page.url());
        assertThat(page.locator("main").isVisible()).as("no style hid the page").isTrue();
        assertThat(page.evaluate(DANGERS, List.of(root, text, name))).as("dangerous markup on " + where).isEqualTo(List.of());
    }

    /** Posts comments as guests, a new reader (address) every 20 so the flood limit stays out of the way. */
    private final class Guests {
        private Http http;
        private int sent;

        HttpResponse<String> post(String name, String email, String body, String website) {
            if (http == null || sent++ % 20 == 0) {
                http = new Http(port);
            }
            return http.postForm(XSS_ARTICLE + "/comments", "elapsed=60000&name=" + Http.encode(name) + "&email=" + Http.encode(email)
                    + "&website=" + Http.encode(website) + "&body=" + Http.encode(body), "Origin", http.base());
        }
    }

    private static List<String> corpus() throws IOException {
        try (InputStream in = CommentsBrowserTests.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        }
    }

    @Test
    @Order(6)
    @SuppressWarnings("unchecked")
    void everyPayloadOfTheXssCorpusReachesReadersAndModeratorsAsHarmlessText() throws IOException {
        List<String> payloads = corpus();
        assertThat(payloads).hasSizeGreaterThan(30);
        String tag = unique();
        var guests = new Guests();
        Map<String, String> bodies = new LinkedHashMap<>(); // author -> payload as the comment's text
        List<String> names = new ArrayList<>();              // payloads stored as a name
        Map<String, String> websites = new LinkedHashMap<>(); // author -> payload stored as the website
        int stored = 0;
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);

            String author = "Body " + i + " " + tag;
            assertThat(guests.post(author, "xss-" + tag + "-b" + i + "@example.org", payload, "").statusCode())
                    .as("the body " + payload).isEqualTo(302);
            bodies.put(author, payload);
            stored++;

            HttpResponse<String> asName = guests.post(payload, "xss-" + tag + "-n" + i + "@example.org", "My name is " + i, "");
            if (payload.strip().length() > CommentForm.MAX_NAME) {
                assertThat(asName.statusCode()).as("the name " + payload).isEqualTo(422);
                assertThat(Jsoup.parse(asName.body()).select("#name-error").text()).isEqualTo("Keep your name under 100 characters.");
            } else {
                assertThat(asName.statusCode()).as("the name " + payload).isEqualTo(302);
                names.add(payload.strip());
                stored++;
            }

            // The website field takes nothing but an http(s) address: every payload is turned away with a message.
            HttpResponse<String> asWebsite = guests.post("Site " + i + " " + tag, "xss-" + tag + "-w" + i + "@example.org",
                    "My website is " + i, payload);
            assertThat(asWebsite.statusCode()).as("the website " + payload).isEqualTo(422);
            assertThat(Jsoup.parse(asWebsite.body()).select("#website-error").text()).contains("starting with https://");
        }
        // Addresses that pass as http(s) but carry attack text: stored, and must stay a plain link.
        List<String> trickyWebsites = List.of(
                "https://evil.example/'onmouseover='alert(1)",
                "https://evil.example/?next=javascript:alert(1)",
                "HTTPS://evil.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
                "https://evil.example/#\"><img src=x onerror=alert(1)>".replace("\"", "%22").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20"));
        for (int i = 0; i < trickyWebsites.size(); i++) {
            String author = "Tricky site " + i + " " + tag;
            assertThat(guests.post(author, "xss-" + tag + "-t" + i + "@example.org", "Visit me", trickyWebsites.get(i)).statusCode())
                    .as("the website " + trickyWebsites.get(i)).isEqualTo(302);
            websites.put(author, trickyWebsites.get(i));
            stored++;
        }

        // The owner sees every one of them in the queue, ticks them all and approves them with the bulk form.
        try (BrowserContext ownerDesk = reader(BrowserSupport.DESKTOP, true)) {
            Page owner = ownerDesk.newPage();
            Alarms ownerAlarms = guard(owner);
            signedInOwner(ownerDesk).close();
            owner.navigate(url("/admin/comments"));
            Locator ours = owner.locator(".moderation-item").filter(new Locator.FilterOptions().setHasText("<xss-" + tag + "-"));
            assertThat(ours.count()).isEqualTo(stored);
            expectNoScriptRan(owner, ownerAlarms, ".moderation-list", ".moderation-text", ".moderation-head strong", "the queue");
            for (int i = 0; i < stored; i++) {
                ours.nth(i).getByRole(AriaRole.CHECKBOX).check();
            }
            owner.getByLabel("With the selected comments:").selectOption("approve");
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true)).click();
            owner.waitForURL(u -> u.contains("done="));
            assertThat(owner.locator("p.notice").textContent().strip()).isEqualTo(stored + " approved.");

            owner.navigate(url("/admin/comments?box=published"));
            expectNoScriptRan(owner, ownerAlarms, ".moderation-list", ".moderation-text", ".moderation-head strong", "the published box");
            List<String> shownNames = owner.locator(".moderation-head strong").allTextContents();
            assertThat(shownNames).as("moderators read every name as typed").containsAll(names);
            owner.setViewportSize(BrowserSupport.PHONE, 780);
            assertThat(BrowserSupport.horizontalOverflow(owner)).as("sideways scroll on the published box on a phone").isZero();
            BrowserSupport.screenshot(owner, "comments-xss-admin-published-360");
        }

        // A reader opens the article: nothing runs, nothing can run, and every payload reads as what was typed.
        try (BrowserContext readerPhone = reader(BrowserSupport.PHONE, true)) {
            Page page = readerPhone.newPage();
            Alarms alarms = guard(page);
            page.navigate(url(XSS_ARTICLE));
            expectNoScriptRan(page, alarms, "#comments", ".comment-text", ".comment-author", "the article");
            var cards = (List<Map<String, Object>>) page.evaluate("""
                    () => [...document.querySelectorAll('#comments .comment-card')].map(card => ({
                        author: card.querySelector('.comment-author').textContent,
                        href: card.querySelector('.comment-author').getAttribute('href'),
                        text: card.querySelector('.comment-text').textContent.trim()}))""");
            Map<String, Map<String, Object>> byAuthor = new LinkedHashMap<>();
            cards.forEach(card -> byAuthor.put((String) card.get("author"), card));
            bodies.forEach((author, payload) -> {
                assertThat(byAuthor).as("the comment with the body " + payload).containsKey(author);
                // Raw HTML is shown as typed (character references aside, which Markdown decodes).
                if (payload.startsWith("<") || payload.startsWith("\"")) {
                    if (!payload.contains("&#")) {
                        assertThat(byAuthor.get(author).get("text")).as("the body " + payload).isEqualTo(payload);
                    }
                }
            });
            assertThat(byAuthor.keySet()).as("readers read every name as typed").containsAll(names);
            websites.forEach((author, website) -> {
                assertThat(byAuthor).containsKey(author);
                assertThat((String) byAuthor.get(author).get("href")).as("the link behind " + author).startsWithIgnoringCase("https://evil.example/");
            });
            assertThat(BrowserSupport.horizontalOverflow(page)).as("sideways scroll on the article on a phone").isZero();
            shoot(page, "#comments", "comments-xss-article-360");
            assertThat(BrowserSupport.accessibilityViolations(page)).as("the article with the corpus").isEmpty();
        }
    }
}
