package org.corebalance.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person takes the free assessment over HTTP, with JavaScript off (post, redirect, get) and with htmx. */
@CoreBalanceTest
@ExtendWith(OutputCaptureExtension.class)
class AssessmentTests {

    /** Honest answers that raise no flag, step by step. */
    static final Map<String, List<String>> SAFETY = new LinkedHashMap<>();
    static final Map<String, List<String>> PAIN = Map.of("pain_now", List.of("4"), "pain_week", List.of("5"),
            "pain_where", List.of("low-back-middle", "buttock"), "pain_leg", List.of("no"),
            "pain_duration", List.of("over-a-year"), "pain_worse", List.of("sitting", "standing-long"));
    static final Map<String, List<String>> FUNCTION = Map.of("fn_socks", List.of("a-little"), "fn_sitting", List.of("some"),
            "fn_standing", List.of("some"), "fn_walking", List.of("none"), "fn_lifting", List.of("a-lot"),
            "fn_housework", List.of("a-little"), "fn_bed", List.of("none"), "fn_car", List.of("a-little"));
    static final Map<String, List<String>> CONTRIBUTORS = Map.of("sitting_hours", List.of("9"), "stress", List.of("7"),
            "sleep", List.of("poorly"), "walking", List.of("under-15"), "check_side_plank", List.of("no"),
            "check_bridge", List.of("yes"), "check_breathing", List.of("no"), "tried_before", List.of("stretching", "massage"),
            "relief_lasted", List.of("short"));
    static final Map<String, List<String>> GOALS = Map.of("goal_1", List.of("walking"), "goal_1_now", List.of("4"),
            "goal_2", List.of("gardening"), "goal_2_now", List.of("2"));

    static {
        for (String item : List.of("saddle_numbness", "bladder_bowel", "leg_weakness", "both_legs", "major_trauma",
                "fever_unwell", "cancer_history", "weight_loss", "immune_drugs", "bone_thinning", "night_pain",
                "morning_stiffness", "pain_new", "pregnancy", "recent_surgery", "not_improving")) {
            SAFETY.put(item, List.of("no"));
        }
        SAFETY.put("age_group", List.of("20-to-55"));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    AssessmentJobs jobs;
    Http person;

    @BeforeEach
    void setUp() {
        person = new Http(port);
    }

    @AfterEach
    void resetClock() {
        clock.set(CoreBalanceTest.NOW);
    }

    static String form(Map<String, List<String>> answers) {
        var body = new StringBuilder();
        answers.forEach((item, values) -> values.forEach(value ->
                body.append(body.isEmpty() ? "" : "&").append(Http.encode(item)).append('=').append(Http.encode(value))));
        return body.toString();
    }

    private HttpResponse<String> post(String path, String body, String... headers) {
        var all = new ArrayList<>(List.of("Origin", person.base()));
        all.addAll(List.of(headers));
        return person.postForm(path, body, all.toArray(String[]::new));
    }

    /** Consents and returns the private token. */
    private String start(String source) {
        HttpResponse<String> started = post("/assessment", "consent=yes" + (source == null ? "" : "&source=" + Http.encode(source)));
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().allValues("Set-Cookie")).isEmpty();
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/assessment/[A-Za-z0-9_-]{43}/safety");
        return location.replaceAll(".*/assessment/([A-Za-z0-9_-]{43})/safety", "$1");
    }

    private HttpResponse<String> step(String token, String section, Map<String, List<String>> answers) {
        return post("/assessment/" + token + "/" + section, form(answers));
    }

    private String finishedWithoutFlags(String source) {
        String token = start(source);
        assertThat(step(token, "safety", SAFETY).headers().firstValue("Location").orElseThrow()).endsWith(token + "/pain");
        assertThat(step(token, "pain", PAIN).headers().firstValue("Location").orElseThrow()).endsWith(token + "/function");
        assertThat(step(token, "function", FUNCTION).headers().firstValue("Location").orElseThrow()).endsWith(token + "/contributors");
        assertThat(step(token, "contributors", CONTRIBUTORS).headers().firstValue("Location").orElseThrow()).endsWith(token + "/goals");
        HttpResponse<String> last = step(token, "goals", GOALS);
        assertThat(last.statusCode()).isEqualTo(302);
        assertThat(last.headers().firstValue("Location").orElseThrow()).endsWith("/assessment/" + token);
        return token;
    }

    private Map<String, Object> row(String token) {
        return jdbc.sql("select status, flag_urgency, start_level, source, consent_version, consent_text, coach_told_at from assessment where token_hash = :h")
                .param("h", org.corebalance.shared.SecretTokens.sha256(token)).query().singleRow();
    }

    @Test
    void apersonWithNoRedFlagsGetsScoresContributorsALevelExercisesAndTheTrialOffer() {
        HttpResponse<String> intro = person.get("/assessment?from=/blog/walking-for-your-back");
        assertThat(intro.statusCode()).isEqualTo(200);
        assertThat(intro.headers().allValues("Set-Cookie")).isEmpty();
        Document introPage = Jsoup.parse(intro.body());
        assertThat(introPage.select("label[for=consent]").text()).contains("stores my answers");
        assertThat(introPage.select("input[name=source]").val()).isEqualTo("/blog/walking-for-your-back");

        String token = finishedWithoutFlags("/blog/walking-for-your-back");
        HttpResponse<String> result = person.get("/assessment/" + token);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Document page = Jsoup.parse(result.body());
        assertThat(page.select("h1").text()).isEqualTo("Your result");
        assertThat(page.select("#level-heading").text()).matches("Your starting level: (Foundation|Build|Strong)");
        assertThat(page.select(".exercise")).hasSize(3);
        assertThat(page.select(".score-label").eachText()).contains("Pain right now", "How much your back limits daily life");
        assertThat(page.select(".finding h3")).isNotEmpty();
        assertThat(page.select(".trial-offer a").attr("href")).isEqualTo("/trial?assessment=" + token);
        assertThat(page.text()).contains("not a diagnosis");

        Map<String, Object> stored = row(token);
        assertThat(stored.get("status")).isEqualTo("COMPLETED");
        assertThat(stored.get("flag_urgency")).isNull();
        assertThat(stored.get("source")).isEqualTo("/blog/walking-for-your-back");
        assertThat(stored.get("consent_version")).isEqualTo(ConsentText.VERSION);
        assertThat(stored.get("consent_text")).isEqualTo(ConsentText.TEXT);
    }

    @Test
    void notSureAboutBladderControlEndsItWithTheEmergencyMessageNoOfferAndTellsTheCoachAtOnce() {
        String token = start(null);
        var answers = new LinkedHashMap<>(SAFETY);
        answers.put("bladder_bowel", List.of("unsure"));
        HttpResponse<String> stopped = step(token, "safety", answers);
        assertThat(stopped.headers().firstValue("Location").orElseThrow()).endsWith("/assessment/" + token);

        Document page = person.page("/assessment/" + token);
        assertThat(page.select(".urgent").text()).containsIgnoringCase("emergency");
        assertThat(page.select(".flag-reasons li").eachText()).containsExactly("New bladder, bowel or sexual function changes");
        assertThat(page.select(".trial-offer")).isEmpty();
        assertThat(page.select(".exercise")).isEmpty();
        assertThat(page.text()).doesNotContain("starting level");

        Map<String, Object> stored = row(token);
        assertThat(stored.get("status")).isEqualTo("STOPPED");
        assertThat(stored.get("flag_urgency")).isEqualTo("EMERGENCY");
        assertThat(stored.get("coach_told_at")).isNotNull();
        long id = jdbc.sql("select id from assessment where token_hash = :h").param("h", org.corebalance.shared.SecretTokens.sha256(token))
                .query(Long.class).single();
        String alert = jdbc.sql("select body_text from mail_outbox where kind = 'assessment-red-flag' and body_text like :p")
                .param("p", "%/admin/leads/" + id + "\n%").query(String.class).single();
        assertThat(alert).contains("emergency care now").doesNotContain("bladder", "unsure");

        assertThat(step(token, "pain", PAIN).statusCode()).as("nothing goes on after a red flag").isEqualTo(409);
    }

    @Test
    void consentIsNeededAndNothingIsStoredWithoutIt() {
        long before = jdbc.sql("select count(*) from assessment").query(Long.class).single();
        HttpResponse<String> refused = post("/assessment", "source=/blog/x");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("#consent-error").text()).contains("tick the box");
        assertThat(jdbc.sql("select count(*) from assessment").query(Long.class).single()).isEqualTo(before);
        assertThat(person.postForm("/assessment", "consent=yes", "Origin", "https://evil.example").statusCode()).isEqualTo(403);
    }

    @Test
    void manyStartsFromOneAddressAreTurnedAwayWithAHumanMessage() {
        Http crowd = new Http(port);
        int refused = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < AssessmentController.STARTS_PER_ADDRESS + 5; i++) {
            last = crowd.postForm("/assessment", "consent=yes", "Origin", crowd.base());
            refused += last.statusCode() == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(5);
        assertThat(Jsoup.parse(last.body()).select("#consent-error").text()).contains("Please wait ten minutes");
    }

    @Test
    void aMissingAnswerComesBackWithMessagesAndTheOtherAnswersKept() {
        String token = start(null);
        var answers = new LinkedHashMap<>(SAFETY);
        answers.remove("fever_unwell");
        HttpResponse<String> again = step(token, "safety", answers);
        assertThat(again.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(again.body());
        assertThat(page.select("#fever_unwell-error").text()).isEqualTo("Please answer this question.");
        assertThat(page.select("input[name=saddle_numbness][value=no]").hasAttr("checked")).isTrue();
        assertThat(row(token).get("status")).isEqualTo("STARTED");
    }

    @Test
    void tamperedOutOfOrderAndOtherPeoplesAnswersAreRefusedAndChangeNothing() {
        String token = start(null);
        var outside = new LinkedHashMap<>(SAFETY);
        outside.put("saddle_numbness", List.of("maybe"));
        assertThat(step(token, "safety", outside).statusCode()).isEqualTo(400);
        var unknown = new LinkedHashMap<>(SAFETY);
        unknown.put("is_admin", List.of("yes"));
        assertThat(step(token, "safety", unknown).statusCode()).isEqualTo(400);
        var fromAnotherStep = new LinkedHashMap<>(SAFETY);
        fromAnotherStep.put("pain_now", List.of("3"));
        assertThat(step(token, "safety", fromAnotherStep).statusCode()).isEqualTo(400);
        var twice = new LinkedHashMap<>(SAFETY);
        twice.put("bladder_bowel", List.of("no", "yes"));
        assertThat(step(token, "safety", twice).statusCode()).isEqualTo(400);

        assertThat(step(token, "goals", GOALS).statusCode()).as("a step posted out of order").isEqualTo(409);
        assertThat(step(token, "no-such-step", GOALS).statusCode()).isEqualTo(404);
        assertThat(step(org.corebalance.shared.SecretTokens.random(), "safety", SAFETY).statusCode()).as("someone else's token").isEqualTo(404);
        assertThat(step("short", "safety", SAFETY).statusCode()).isEqualTo(404);
        assertThat(person.get("/assessment/" + org.corebalance.shared.SecretTokens.random()).statusCode()).isEqualTo(404);

        assertThat(row(token).get("status")).isEqualTo("STARTED");
        assertThat(jdbc.sql("select answers from assessment where token_hash = :h").param("h", org.corebalance.shared.SecretTokens.sha256(token))
                .query(String.class).single()).isEqualTo("{}");
    }

    @Test
    void goingBackShowsTheAnswersGivenAndAStepAheadRedirectsToTheOneReached() {
        String token = start(null);
        step(token, "safety", SAFETY);
        step(token, "pain", PAIN);
        Document back = person.page("/assessment/" + token + "/pain");
        assertThat(back.select("input[name=pain_now][value=4]").hasAttr("checked")).isTrue();
        assertThat(back.select("input[name=pain_worse][checked]").eachAttr("value")).containsExactlyInAnyOrder("sitting", "standing-long");
        assertThat(back.select("a.button-quiet").attr("href")).isEqualTo("/assessment/" + token + "/safety");
        assertThat(back.select("progress").attr("value")).isEqualTo("1");

        HttpResponse<String> ahead = person.get("/assessment/" + token + "/goals");
        assertThat(ahead.statusCode()).isEqualTo(302);
        assertThat(ahead.headers().firstValue("Location").orElseThrow()).endsWith(token + "/function");
    }

    @Test
    void aDoubleSubmittedLastStepMakesOneAssessment() throws Exception {
        String token = start(null);
        step(token, "safety", SAFETY);
        step(token, "pain", PAIN);
        step(token, "function", FUNCTION);
        step(token, "contributors", CONTRIBUTORS);
        var first = CompletableFuture.supplyAsync(() -> step(token, "goals", GOALS));
        var second = CompletableFuture.supplyAsync(() -> step(token, "goals", GOALS));
        assertThat(List.of(first.get().statusCode(), second.get().statusCode())).containsOnly(302);
        assertThat(step(token, "goals", GOALS).headers().firstValue("Location").orElseThrow()).endsWith("/assessment/" + token);
        assertThat(jdbc.sql("select count(*) from assessment where token_hash = :h and status = 'COMPLETED'")
                .param("h", org.corebalance.shared.SecretTokens.sha256(token)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withHtmxTheNextStepComesBackInPlaceWithItsAddress() {
        HttpResponse<String> started = post("/assessment", "consent=yes", "HX-Request", "true");
        assertThat(started.statusCode()).isEqualTo(200);
        String pushed = started.headers().firstValue("HX-Push-Url").orElseThrow();
        assertThat(pushed).matches("/assessment/[A-Za-z0-9_-]{43}/safety");
        assertThat(started.body()).doesNotContain("<html").contains("id=\"assessment\"");
        String token = pushed.split("/")[2];

        HttpResponse<String> next = post("/assessment/" + token + "/safety", form(SAFETY), "HX-Request", "true");
        assertThat(next.headers().firstValue("HX-Push-Url").orElseThrow()).isEqualTo("/assessment/" + token + "/pain");
        assertThat(Jsoup.parse(next.body()).select("h1").text()).isEqualTo("Your pain");

        HttpResponse<String> missing = post("/assessment/" + token + "/pain", "pain_now=3", "HX-Request", "true");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(missing.body()).select("#pain_week-error").text()).isNotEmpty();
    }

    @Test
    void aCopyOfTheResultGoesToTheAddressGivenAndABadAddressGetsAMessage() {
        String token = finishedWithoutFlags(null);
        HttpResponse<String> bad = post("/assessment/" + token + "/copy", "email=nope");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(bad.body()).select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");

        String address = "copy-" + token.substring(0, 8).toLowerCase() + "@example.org";
        HttpResponse<String> sent = post("/assessment/" + token + "/copy", "email=" + Http.encode(address));
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("?copy=sent#copy");
        String text = jdbc.sql("select body_text from mail_outbox where kind = 'assessment-result' and recipient = :to")
                .param("to", address).query(String.class).single();
        assertThat(text).contains("starting level", "/assessment/" + token);
    }

    @Test
    void unfinishedAssessmentsAreDeletedAfterThirtyDays() {
        String token = start(null);
        String finished = finishedWithoutFlags(null);
        clock.advance(Duration.ofDays(31));
        assertThat(jobs.purgeUnfinished()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from assessment where token_hash = :h")
                .param("h", org.corebalance.shared.SecretTokens.sha256(token)).query(Long.class).single()).isZero();
        assertThat(row(finished).get("status")).isEqualTo("COMPLETED");
    }

    @Test
    void noAnswerEverAppearsInTheApplicationLog(CapturedOutput output) {
        String token = start(null);
        var tampered = new LinkedHashMap<>(SAFETY);
        tampered.put("saddle_numbness", List.of("secret-answer-42"));
        step(token, "safety", tampered);
        step(token, "safety", SAFETY);
        step(token, "pain", Map.of("pain_now", List.of("77")));
        assertThat(output.getAll()).doesNotContain("secret-answer-42", "saddle_numbness", "pain_now");
    }
}
