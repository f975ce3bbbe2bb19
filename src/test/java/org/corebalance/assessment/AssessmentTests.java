package org.corebalance.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** A person takes the free assessment over HTTP, with JavaScript off (each step a plain post) and with htmx. */
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

    private HttpResponse<String> post(Http who, String path, String body, String... headers) {
        var all = new ArrayList<>(List.of("Origin", who.base()));
        all.addAll(List.of(headers));
        return who.postForm(path, body, all.toArray(String[]::new));
    }

    private HttpResponse<String> post(String path, String body, String... headers) {
        return post(person, path, body, headers);
    }

    /** One person's assessment in progress: its private token and the sealed answers the last page carried. */
    static final class Taking {
        final String token;
        String state;

        Taking(String token, String state) {
            this.token = token;
            this.state = state;
        }
    }

    private static String stateOf(String body) {
        String state = Jsoup.parse(body).select("form.assessment-form input[name=state]").val();
        assertThat(state).as("the step's form carries the sealed answers").isNotEmpty();
        return state;
    }

    /** Consents; the first step comes back at once, as a page of its own, and nothing is stored. */
    private Taking start(Http who, String source) {
        HttpResponse<String> started = post(who, "/assessment", "consent=yes" + (source == null ? "" : "&source=" + Http.encode(source)));
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.headers().allValues("Set-Cookie")).isEmpty();
        Document page = Jsoup.parse(started.body());
        assertThat(page.select("h1").text()).isEqualTo("A few safety questions first");
        String action = page.select("form.assessment-form").attr("action");
        assertThat(action).matches("/assessment/[A-Za-z0-9_-]{43}/safety");
        return new Taking(action.split("/")[2], stateOf(started.body()));
    }

    private Taking start(String source) {
        return start(person, source);
    }

    /** Sends a step with the answers so far; a page that comes back carries them on, with this step's. */
    private HttpResponse<String> step(Http who, Taking taking, String section, Map<String, List<String>> answers, String... extra) {
        String body = "state=" + Http.encode(taking.state) + (answers.isEmpty() ? "" : "&" + form(answers))
                + (extra.length == 0 ? "" : "&" + String.join("&", extra));
        HttpResponse<String> response = post(who, "/assessment/" + taking.token + "/" + section, body);
        if (response.statusCode() == 200) {
            taking.state = stateOf(response.body());
        }
        return response;
    }

    private HttpResponse<String> step(Taking taking, String section, Map<String, List<String>> answers, String... extra) {
        return step(person, taking, section, answers, extra);
    }

    private static String heading(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select("h1").text();
    }

    private Taking finishedWithoutFlags(Http who, String source) {
        Taking taking = start(who, source);
        assertThat(heading(step(who, taking, "safety", SAFETY))).isEqualTo("Your pain");
        assertThat(heading(step(who, taking, "pain", PAIN))).isEqualTo("Everyday activities");
        assertThat(heading(step(who, taking, "function", FUNCTION))).isEqualTo("Your days and your body");
        assertThat(heading(step(who, taking, "contributors", CONTRIBUTORS))).isEqualTo("What you want back");
        assertThat(stored(taking.token)).as("nothing is stored before the last step").isZero();
        HttpResponse<String> last = step(who, taking, "goals", GOALS);
        assertThat(last.statusCode()).isEqualTo(302);
        assertThat(last.headers().firstValue("Location").orElseThrow()).endsWith("/assessment/" + taking.token);
        return taking;
    }

    /**
     * Takes a whole assessment as a person without JavaScript would, with these safety answers (a
     * red flag ends it there); returns its private token.
     */
    static String takeWhole(Http who, Map<String, List<String>> safety, String source) {
        Document page = Jsoup.parse(who.postForm("/assessment", "consent=yes" + (source == null ? "" : "&source=" + Http.encode(source)),
                "Origin", who.base()).body());
        String token = page.select("form.assessment-form").attr("action").split("/")[2];
        for (var step : List.of(Map.entry("safety", safety), Map.entry("pain", PAIN), Map.entry("function", FUNCTION),
                Map.entry("contributors", CONTRIBUTORS), Map.entry("goals", GOALS))) {
            HttpResponse<String> answered = who.postForm("/assessment/" + token + "/" + step.getKey(), "state="
                    + Http.encode(page.select("form.assessment-form input[name=state]").val()) + "&" + form(step.getValue()),
                    "Origin", who.base());
            if (answered.statusCode() != 200) {
                assertThat(answered.statusCode()).as("finished").isEqualTo(302);
                return token;
            }
            page = Jsoup.parse(answered.body());
        }
        throw new AssertionError("the last step did not finish the assessment");
    }

    private long stored(String token) {
        return jdbc.sql("select count(*) from assessment where token_hash = :h")
                .param("h", org.corebalance.shared.SecretTokens.sha256(token)).query(Long.class).single();
    }

    private Map<String, Object> row(String token) {
        return jdbc.sql("select status, flag_urgency, start_level, source, consent_version, consent_text, consented_at, coach_told_at from assessment where token_hash = :h")
                .param("h", org.corebalance.shared.SecretTokens.sha256(token)).query().singleRow();
    }

    @Test
    void apersonWithNoRedFlagsGetsScoresContributorsALevelExercisesAndTheTrialOffer() {
        HttpResponse<String> intro = person.get("/assessment?from=/blog/walking-for-your-back");
        assertThat(intro.statusCode()).isEqualTo(200);
        assertThat(intro.headers().allValues("Set-Cookie")).isEmpty();
        Document introPage = Jsoup.parse(intro.body());
        assertThat(introPage.select("label[for=consent]").text()).contains("stores my answers", "unfinished is not kept");
        assertThat(introPage.select("input[name=source]").val()).isEqualTo("/blog/walking-for-your-back");

        String token = finishedWithoutFlags(person, "/blog/walking-for-your-back").token;
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
        assertThat(stored.get("consented_at")).as("when the box was ticked, carried through the steps").isNotNull();
    }

    @Test
    void notSureAboutBladderControlEndsItWithTheEmergencyMessageNoOfferAndTellsTheCoachAtOnce() {
        Taking taking = start(null);
        String sealedAtConsent = taking.state;
        var answers = new LinkedHashMap<>(SAFETY);
        answers.put("bladder_bowel", List.of("unsure"));
        HttpResponse<String> stopped = step(taking, "safety", answers);
        assertThat(stopped.headers().firstValue("Location").orElseThrow()).endsWith("/assessment/" + taking.token);
        HttpResponse<String> stepReopened = person.get("/assessment/" + taking.token + "/pain");
        assertThat(stepReopened.statusCode()).as("a step's address of a stored assessment").isEqualTo(302);
        assertThat(stepReopened.headers().firstValue("Location").orElseThrow()).endsWith("/assessment/" + taking.token);

        Document page = person.page("/assessment/" + taking.token);
        assertThat(page.select(".urgent").text()).containsIgnoringCase("emergency");
        assertThat(page.select(".flag-reasons li").eachText()).containsExactly("New bladder, bowel or sexual function changes");
        assertThat(page.select(".trial-offer")).isEmpty();
        assertThat(page.select(".exercise")).isEmpty();
        assertThat(page.text()).doesNotContain("starting level");

        Map<String, Object> stored = row(taking.token);
        assertThat(stored.get("status")).isEqualTo("STOPPED");
        assertThat(stored.get("flag_urgency")).isEqualTo("EMERGENCY");
        assertThat(stored.get("coach_told_at")).isNotNull();
        long id = jdbc.sql("select id from assessment where token_hash = :h").param("h", org.corebalance.shared.SecretTokens.sha256(taking.token))
                .query(Long.class).single();
        // The notice is written by a listener of AssessmentCompleted, which runs after the commit on its own thread.
        String alert = await("the coach's red-flag notice").atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select body_text from mail_outbox where kind = 'assessment-red-flag' and body_text like :p")
                .param("p", "%/admin/leads/" + id + ">%").query(String.class).optional(), Optional::isPresent).orElseThrow();
        assertThat(alert).contains("emergency care now").doesNotContain("bladder", "unsure");
        await("the event's publication completed").atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from event_publication where event_type like '%.AssessmentCompleted'").query(Long.class).single() == 0);

        assertThat(step(taking, "pain", PAIN).statusCode()).as("nothing goes on after a red flag").isEqualTo(409);
        taking.state = sealedAtConsent;
        HttpResponse<String> changedMind = step(taking, "safety", SAFETY);
        assertThat(changedMind.statusCode()).as("the flagged answers were sent again, changed").isEqualTo(302);
        assertThat(row(taking.token).get("status")).as("the red flag stands").isEqualTo("STOPPED");
        assertThat(jdbc.sql("select count(*) from mail_outbox where kind = 'assessment-red-flag' and body_text like :p")
                .param("p", "%/admin/leads/" + id + ">%").query(Long.class).single()).as("told once").isEqualTo(1);
    }

    @Test
    void onlyFinishedAssessmentsHaveRoomInTheSchema() {
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'assessment' "
                + "and column_name = 'next_section'").query(Long.class).single()).isZero();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into assessment (token_hash, definition_id, definition_version, status, answers, consent_version,
                                        consent_text, consented_at, lead_status, notes, created_at, updated_at)
                values (:hash, 'core-balance', 1, 'STARTED', '{}', 'v', 'text', :now, 'NEW', '', :now, :now)""")
                .param("hash", org.corebalance.shared.SecretTokens.sha256(org.corebalance.shared.SecretTokens.random()))
                .param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
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
    void manyAssessmentsFinishedFromOneAddressAreTurnedAwayWithAHumanMessageAndTheAnswersKeptButRedFlagsStillWin() {
        Http crowd = new Http(port);
        for (int i = 0; i < AssessmentService.FINISHED_PER_ADDRESS; i++) {
            finishedWithoutFlags(crowd, null);
        }
        Taking oneTooMany = start(crowd, null);
        for (String[] section : new String[][] {{"safety"}, {"pain"}, {"function"}, {"contributors"}}) {
            step(crowd, oneTooMany, section[0], Map.of("safety", SAFETY, "pain", PAIN, "function", FUNCTION,
                    "contributors", CONTRIBUTORS).get(section[0]));
        }
        HttpResponse<String> refused = step(crowd, oneTooMany, "goals", GOALS);
        assertThat(refused.statusCode()).isEqualTo(429);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary").text()).contains("Please wait ten minutes", "your answers stay on this page");
        assertThat(page.select("input[name=goal_1][value=walking]").hasAttr("checked")).isTrue();
        assertThat(stored(oneTooMany.token)).isZero();

        // Red flags win over the limit: the advice is shown all the same, with nothing stored or promised.
        Taking flagged = start(crowd, null);
        var bladder = new LinkedHashMap<>(SAFETY);
        bladder.put("bladder_bowel", List.of("unsure"));
        long alertsBefore = jdbc.sql("select count(*) from mail_outbox where kind = 'assessment-red-flag'").query(Long.class).single();
        HttpResponse<String> advice = post(crowd, "/assessment/" + flagged.token + "/safety",
                "state=" + Http.encode(flagged.state) + "&" + form(bladder));
        assertThat(advice.statusCode()).isEqualTo(200);
        Document advicePage = Jsoup.parse(advice.body());
        assertThat(advicePage.select(".urgent").text()).containsIgnoringCase("emergency");
        assertThat(advicePage.select(".flag-reasons li").eachText()).containsExactly("New bladder, bowel or sexual function changes");
        assertThat(advicePage.select(".after-urgent").text()).contains("could not be kept", "has not been told");
        assertThat(advicePage.select("#copy, .trial-offer, form.assessment-form")).isEmpty();
        assertThat(stored(flagged.token)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where kind = 'assessment-red-flag'").query(Long.class).single())
                .isEqualTo(alertsBefore);
        HttpResponse<String> adviceInPlace = post(crowd, "/assessment/" + flagged.token + "/safety",
                "state=" + Http.encode(flagged.state) + "&" + form(bladder), "HX-Request", "true");
        assertThat(adviceInPlace.statusCode()).isEqualTo(200);
        assertThat(adviceInPlace.headers().firstValue("HX-Push-Url")).as("there is no private link to go to").isEmpty();
        assertThat(Jsoup.parse(adviceInPlace.body()).select(".urgent").text()).containsIgnoringCase("emergency");

        clock.advance(Duration.ofMinutes(11));
        HttpResponse<String> later = step(crowd, oneTooMany, "goals", GOALS);
        assertThat(later.statusCode()).as("the same page, sent again later").isEqualTo(302);
        assertThat(stored(oneTooMany.token)).isEqualTo(1);
    }

    @Test
    void aMissingAnswerComesBackWithMessagesAndTheOtherAnswersKept() {
        Taking taking = start(null);
        var answers = new LinkedHashMap<>(SAFETY);
        answers.remove("fever_unwell");
        HttpResponse<String> again = step(taking, "safety", answers);
        assertThat(again.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(again.body());
        assertThat(page.select("#fever_unwell-error").text()).isEqualTo("Please answer this question.");
        assertThat(page.select("input[name=saddle_numbness][value=no]").hasAttr("checked")).isTrue();
        assertThat(page.select("form.assessment-form input[name=state]").val()).isNotEmpty();
        assertThat(stored(taking.token)).isZero();
    }

    @Test
    void tamperedOutOfOrderAndOtherPeoplesAnswersAreRefusedAndNothingIsStored() {
        Taking taking = start(null);
        var outside = new LinkedHashMap<>(SAFETY);
        outside.put("saddle_numbness", List.of("maybe"));
        assertThat(step(taking, "safety", outside).statusCode()).isEqualTo(400);
        var unknown = new LinkedHashMap<>(SAFETY);
        unknown.put("is_admin", List.of("yes"));
        assertThat(step(taking, "safety", unknown).statusCode()).isEqualTo(400);
        var fromAnotherStep = new LinkedHashMap<>(SAFETY);
        fromAnotherStep.put("pain_now", List.of("3"));
        assertThat(step(taking, "safety", fromAnotherStep).statusCode()).isEqualTo(400);
        var twice = new LinkedHashMap<>(SAFETY);
        twice.put("bladder_bowel", List.of("no", "yes"));
        assertThat(step(taking, "safety", twice).statusCode()).isEqualTo(400);

        assertThat(step(taking, "goals", GOALS).statusCode()).as("a step posted out of order").isEqualTo(409);
        String sealed = taking.state;
        String changed = sealed.substring(0, 30) + (sealed.charAt(30) == 'A' ? 'B' : 'A') + sealed.substring(31);
        assertThat(post("/assessment/" + taking.token + "/safety", "state=" + changed + "&" + form(SAFETY)).statusCode())
                .as("sealed answers changed in the page").isEqualTo(400);
        assertThat(post("/assessment/" + taking.token + "/safety", "state=" + sealed.substring(0, sealed.length() - 5) + "&" + form(SAFETY))
                .statusCode()).as("cut short").isEqualTo(400);
        Taking someoneElse = start(null);
        assertThat(post("/assessment/" + someoneElse.token + "/safety", "state=" + Http.encode(sealed) + "&" + form(SAFETY))
                .statusCode()).as("someone else's token").isEqualTo(404);
        assertThat(person.get("/assessment/" + org.corebalance.shared.SecretTokens.random()).statusCode()).isEqualTo(404);
        assertThat(person.get("/assessment/short").statusCode()).isEqualTo(404);

        assertThat(stored(taking.token)).isZero();
        assertThat(stored(someoneElse.token)).isZero();
    }

    @Test
    void theSealedAnswersCannotBeReadFromThePage() {
        Taking taking = start(null);
        step(taking, "safety", SAFETY);
        step(taking, "pain", PAIN);
        byte[] sealed = java.util.Base64.getUrlDecoder().decode(taking.state);
        String asText = new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("low-back-middle", "pain_now", "saddle_numbness", taking.token);
    }

    @Test
    void goingBackKeepsEveryAnswerAndAStepAheadIsRefused() {
        Taking taking = start(null);
        step(taking, "safety", SAFETY);
        step(taking, "pain", PAIN);
        HttpResponse<String> back = step(taking, "function", Map.of("fn_socks", List.of("some")), "go=back");
        assertThat(back.statusCode()).isEqualTo(200);
        Document pain = Jsoup.parse(back.body());
        assertThat(pain.select("h1").text()).isEqualTo("Your pain");
        assertThat(pain.select("input[name=pain_now][value=4]").hasAttr("checked")).isTrue();
        assertThat(pain.select("input[name=pain_worse][checked]").eachAttr("value")).containsExactlyInAnyOrder("sitting", "standing-long");
        assertThat(pain.select("button[name=go][value=back]")).hasSize(1);
        assertThat(pain.select("progress").attr("value")).isEqualTo("1");

        Document function = Jsoup.parse(step(taking, "pain", PAIN).body());
        assertThat(function.select("input[name=fn_socks][value=some]").hasAttr("checked"))
                .as("what was chosen before going back is still there").isTrue();
        assertThat(step(taking, "goals", GOALS).statusCode()).as("a step ahead of the one reached").isEqualTo(409);

        HttpResponse<String> reopened = person.get("/assessment/" + taking.token + "/function");
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(reopened.body()).select(".notice").text()).contains("starts the assessment again");
    }

    @Test
    void aDoubleSubmittedLastStepMakesOneAssessment() throws Exception {
        Taking taking = start(null);
        step(taking, "safety", SAFETY);
        step(taking, "pain", PAIN);
        step(taking, "function", FUNCTION);
        step(taking, "contributors", CONTRIBUTORS);
        String body = "state=" + Http.encode(taking.state) + "&" + form(GOALS);
        var first = CompletableFuture.supplyAsync(() -> post("/assessment/" + taking.token + "/goals", body));
        var second = CompletableFuture.supplyAsync(() -> post("/assessment/" + taking.token + "/goals", body));
        assertThat(List.of(first.get().statusCode(), second.get().statusCode())).containsOnly(302);
        HttpResponse<String> third = post("/assessment/" + taking.token + "/goals", body, "HX-Request", "true");
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(heading(third)).as("the stored result, again").isEqualTo("Your result");
        assertThat(jdbc.sql("select count(*) from assessment where token_hash = :h and status = 'COMPLETED'")
                .param("h", org.corebalance.shared.SecretTokens.sha256(taking.token)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withHtmxEachStepAndTheResultComeBackInPlaceWithTheirAddresses() {
        HttpResponse<String> started = post("/assessment", "consent=yes", "HX-Request", "true");
        assertThat(started.statusCode()).isEqualTo(200);
        String pushed = started.headers().firstValue("HX-Push-Url").orElseThrow();
        assertThat(pushed).matches("/assessment/[A-Za-z0-9_-]{43}/safety");
        assertThat(started.body()).doesNotContain("<html").contains("id=\"assessment\"");
        Taking taking = new Taking(pushed.split("/")[2], stateOf(started.body()));

        HttpResponse<String> next = post("/assessment/" + taking.token + "/safety",
                "state=" + Http.encode(taking.state) + "&" + form(SAFETY), "HX-Request", "true");
        assertThat(next.headers().firstValue("HX-Push-Url").orElseThrow()).isEqualTo("/assessment/" + taking.token + "/pain");
        assertThat(heading(next)).isEqualTo("Your pain");
        taking.state = stateOf(next.body());

        HttpResponse<String> missing = post("/assessment/" + taking.token + "/pain", "state=" + Http.encode(taking.state) + "&pain_now=3",
                "HX-Request", "true");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(missing.body()).select("#pain_week-error").text()).isNotEmpty();

        step(taking, "pain", PAIN);
        step(taking, "function", FUNCTION);
        step(taking, "contributors", CONTRIBUTORS);
        HttpResponse<String> result = post("/assessment/" + taking.token + "/goals", "state=" + Http.encode(taking.state) + "&" + form(GOALS),
                "HX-Request", "true");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("HX-Push-Url").orElseThrow()).isEqualTo("/assessment/" + taking.token);
        assertThat(result.body()).doesNotContain("<html");
        Document page = Jsoup.parse(result.body());
        assertThat(page.select("#assessment h1").text()).isEqualTo("Your result");
        assertThat(page.select("#level-heading").text()).startsWith("Your starting level");
        assertThat(page.select(".trial-offer a").attr("href")).isEqualTo("/trial?assessment=" + taking.token);
    }

    @Test
    void aStepPageComesWholeInUtf8WithItsLength() {
        Taking taking = start(null);
        step(taking, "safety", SAFETY);
        HttpResponse<String> function = step(taking, "pain", PAIN);
        assertThat(function.body()).contains("Skip any you don\u2019t do");
        assertThat(function.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/html;charset=UTF-8");
        assertThat(function.headers().firstValueAsLong("Content-Length").orElseThrow())
                .isEqualTo(function.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void aCopyOfTheResultGoesToTheAddressGivenAndItsLinkLeadsBack() {
        String token = finishedWithoutFlags(person, null).token;
        String address = "copy-" + token.substring(0, 8).toLowerCase() + "@example.org";
        HttpResponse<String> sent = post("/assessment/" + token + "/copy", "email=" + Http.encode(address));
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("?copy=sent#copy");
        Map<String, Object> copy = jdbc.sql("select subject, body_text, body_html from mail_outbox where kind = 'assessment-result' "
                + "and recipient = :to").param("to", address).query().singleRow();
        assertThat(copy.get("subject")).isEqualTo("Your free assessment result");
        assertThat((String) copy.get("body_text")).contains("starting level", "/assessment/" + token);
        assertThat(Jsoup.parse((String) copy.get("body_html")).select("a[href$=/assessment/" + token + "]").text())
                .isEqualTo("See your whole result");
    }

    @Test
    void aResultsCopiesGoOnlyToTheFirstAddressAndAtMostTwice() {
        String token = finishedWithoutFlags(person, null).token;
        String first = "first-" + token.substring(0, 8).toLowerCase() + "@example.org";
        String path = "/assessment/" + token + "/copy";
        assertThat(post(path, "email=" + Http.encode(first)).statusCode()).isEqualTo(302);

        // Forty other addresses, as an attacker holding the link would try: none gets anything, the lead keeps the first.
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> other = post(path, "email=" + Http.encode("victim" + i + "-" + token.substring(0, 6) + "@example.org"));
            assertThat(other.statusCode()).isEqualTo(409);
        }
        assertThat(jdbc.sql("select count(*) from mail_outbox where kind = 'assessment-result' and recipient like :v")
                .param("v", "victim%-" + token.substring(0, 6) + "@example.org").query(Long.class).single()).isZero();
        HttpResponse<String> refused = post(path, "email=someone-else%40example.org");
        assertThat(Jsoup.parse(refused.body()).select("#email-error").text()).contains("only to the address first given");
        assertThat(Jsoup.parse(refused.body()).select("#copy strong").text()).isEqualTo(first);

        assertThat(post(path, "email=" + Http.encode(first.toUpperCase())).statusCode()).as("the second copy").isEqualTo(302);
        HttpResponse<String> third = post(path, "email=" + Http.encode(first));
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(third.body()).select("#email-error").text()).contains("sent twice already");
        assertThat(jdbc.sql("select count(*) from mail_outbox where kind = 'assessment-result' and lower(recipient) = :to")
                .param("to", first).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select email from assessment where id = (select max(id) from assessment where email = :to)")
                .param("to", first).query(String.class).single()).isEqualTo(first);
        assertThat(person.page("/assessment/" + token).select("#copy form")).as("no more copies offered").isEmpty();
    }

    @Test
    void anUnfinishedAssessmentIsNeverStoredAndCannotGoOnAfterThirtyDays() {
        Taking taking = start(null);
        step(taking, "safety", SAFETY);
        step(taking, "pain", PAIN);
        assertThat(stored(taking.token)).isZero();

        clock.advance(Duration.ofDays(31));
        HttpResponse<String> stale = post("/assessment/" + taking.token + "/function", "state=" + Http.encode(taking.state)
                + "&" + form(FUNCTION));
        assertThat(stale.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(stale.body());
        assertThat(page.select(".notice").text()).contains("Please start again");
        assertThat(page.select("input[name=consent]")).hasSize(1);
        assertThat(stored(taking.token)).isZero();
    }

    @Test
    void noAnswerEverAppearsInTheApplicationLog(CapturedOutput output) {
        Taking taking = start(null);
        var tampered = new LinkedHashMap<>(SAFETY);
        tampered.put("saddle_numbness", List.of("secret-answer-42"));
        step(taking, "safety", tampered);
        step(taking, "safety", SAFETY);
        step(taking, "pain", Map.of("pain_now", List.of("77")));
        assertThat(output.getAll()).doesNotContain("secret-answer-42", "saddle_numbness", "pain_now", taking.state);
    }
}
