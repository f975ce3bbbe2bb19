package org.corebalance.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corebalance.CoreBalanceTest;
import org.corebalance.HtmlChecker;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The free assessment's pages are valid HTML by the W3C Nu HTML Checker (issue 17): its
 * introduction, every step (also with a missing answer), each kind of result and the leads the coach
 * reads. The other pages are checked in {@code ValidHtmlTests}.
 */
@CoreBalanceTest
class AssessmentValidHtmlTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures staff;

    private final List<String> problems = new ArrayList<>();

    private void check(String label, HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            problems.add(label + ": answered " + response.statusCode() + ", not " + status);
            return;
        }
        HtmlChecker.errors(response.body()).forEach(error -> problems.add(label + " " + error));
        String htmx = HtmlChecker.htmxMismatch(response.body());
        if (htmx != null) {
            problems.add(label + " " + htmx);
        }
    }

    private static String stateOf(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("form.assessment-form input[name=state]").val();
    }

    private static HttpResponse<String> post(Http who, String path, String body) {
        return who.postForm(path, body, "Origin", who.base());
    }

    /** Takes an assessment step by step, checking each page; returns the result's address. */
    private String walk(Http who, Map<String, List<String>> safety) {
        check("/assessment", who.get("/assessment?from=/blog/tight-psoas-low-back"), 200);
        HttpResponse<String> page = post(who, "/assessment", "consent=yes");
        check("the safety step", page, 200);
        String token = Jsoup.parse(page.body()).select("form.assessment-form").attr("action").split("/")[2];
        for (var step : List.of(Map.entry("safety", safety), Map.entry("pain", AssessmentTests.PAIN),
                Map.entry("function", AssessmentTests.FUNCTION), Map.entry("contributors", AssessmentTests.CONTRIBUTORS),
                Map.entry("goals", AssessmentTests.GOALS))) {
            page = post(who, "/assessment/" + token + "/" + step.getKey(),
                    "state=" + Http.encode(stateOf(page)) + "&" + AssessmentTests.form(step.getValue()));
            if (page.statusCode() == 302) {
                break;
            }
            check("the step after " + step.getKey(), page, 200);
        }
        assertThat(page.statusCode()).as("the assessment finished").isEqualTo(302);
        String result = "/assessment/" + token;
        check(result, who.get(result), 200);
        return result;
    }

    @Test
    void everyStepAndEveryKindOfResultIsValid() {
        Http person = new Http(port);
        String result = walk(person, AssessmentTests.SAFETY);
        check("a result with its copy sent", person.get(result + "?copy=sent"), 200);

        var emergency = new LinkedHashMap<>(AssessmentTests.SAFETY);
        emergency.put("bladder_bowel", List.of("unsure"));
        walk(new Http(port), emergency);
        var soon = new LinkedHashMap<>(AssessmentTests.SAFETY);
        soon.put("night_pain", List.of("yes"));
        walk(new Http(port), soon);

        HttpResponse<String> started = post(person, "/assessment", "consent=yes");
        String token = Jsoup.parse(started.body()).select("form.assessment-form").attr("action").split("/")[2];
        var missing = new LinkedHashMap<>(AssessmentTests.SAFETY);
        missing.remove("fever_unwell");
        check("a step with a missing answer", post(person, "/assessment/" + token + "/safety",
                "state=" + Http.encode(stateOf(started)) + "&" + AssessmentTests.form(missing)), 422);
        check("a step's address opened again", person.get("/assessment/" + token + "/pain"), 200);
        check("/assessment without consent", post(person, "/assessment", "consent="), 422);

        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        check("/admin/leads", owner.get("/admin/leads"), 200);
        check("/admin/leads flagged", owner.get("/admin/leads?flag=any"), 200);
        for (String lead : owner.page("/admin/leads").select("a[href]").eachAttr("href").stream()
                .filter(href -> href.matches("/admin/leads/\\d+")).limit(3).toList()) {
            check(lead, owner.get(lead), 200);
        }
        System.out.println("AssessmentValidHtmlTests: " + problems.size() + " errors"
                + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems)));
        assertThat(problems).isEmpty();
    }
}
