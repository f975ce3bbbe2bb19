package org.corebalance.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corebalance.assessment.domain.Answers;
import org.corebalance.assessment.domain.Definition;
import org.corebalance.assessment.domain.Outcome;
import org.corebalance.assessment.domain.Section;
import org.corebalance.shared.ClientAddress;
import org.corebalance.system.CsrfTokens;
import org.corebalance.system.Htmx;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The FREE ASSESSMENT as a person takes it: consent, then one step per section up to the result
 * ({@link ResultController} shows it again behind its private link). Every step is a plain form
 * post answered with the next step; with htmx the next step (and at the end the result) comes back
 * in place. The answers so far travel sealed in the page's form, so nothing is stored before the
 * assessment is finished, and nothing here creates a session.
 */
@Controller
class AssessmentController {

    private static final Pattern SOURCE = Pattern.compile("/[A-Za-z0-9/_-]{0,199}");
    /** The form fields that are not answers: the sealed draft, the Back button and the CSRF token. */
    static final String STATE = "state";
    static final String GO = "go";

    private final AssessmentService assessments;
    private final ResultPages results;
    private final DraftSeal seal;

    AssessmentController(AssessmentService assessments, ResultPages results, DraftSeal seal) {
        this.assessments = assessments;
        this.results = results;
        this.seal = seal;
    }

    @GetMapping("/assessment")
    String intro(@RequestParam(name = "from", required = false) String from, HttpServletRequest request, Model model) {
        model.addAttribute("page", intro(source(from), null, null, request));
        return "assessment/intro";
    }

    @PostMapping("/assessment")
    String start(@RequestParam(defaultValue = "") String consent, @RequestParam(defaultValue = "") String source,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!consent.equals("yes")) {
            response.setStatus(422);
            model.addAttribute("page", intro(source(source), "Please tick the box to agree, so that we may keep your answers. "
                    + "Without it we cannot give you a result.", null, request));
            return "assessment/intro";
        }
        Draft draft = assessments.start(source(source));
        Definition definition = assessments.current();
        return step(draft, definition, definition.sections().get(0), Answers.empty(), Map.of(), null, request, response, model);
    }

    /**
     * A step's address opened again (a reload, or history the browser no longer holds): the result
     * when there is one; else the answers are gone with the page that held them, so it starts again.
     */
    @GetMapping("/assessment/{token}/{section}")
    String reopened(@PathVariable String token, @PathVariable String section, HttpServletRequest request, Model model) {
        if (assessments.isStored(token)) {
            return "redirect:/assessment/" + token;
        }
        model.addAttribute("page", intro(null, null, "Unfinished answers are kept only in the page that shows them, "
                + "so opening a step again starts the assessment again. It takes about five minutes.", request));
        return "assessment/intro";
    }

    @PostMapping("/assessment/{token}/{section}")
    String answer(@PathVariable String token, @PathVariable String section, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Draft draft = seal.open(request.getParameter(STATE)).orElseThrow(AssessmentController::tampered);
        if (!draft.token().equals(token)) {
            throw unknown();
        }
        Optional<Definition> current = assessments.definitionOf(draft);
        if (current.isEmpty()) {
            model.addAttribute("page", intro(draft.source(), null, "This assessment was started a long time ago, or its "
                    + "questions have changed since. Please start again; it takes about five minutes.", request));
            return Htmx.isHtmx(request) ? "assessment/_intro" : "assessment/intro";
        }
        Definition definition = current.get();
        Section answered = definition.section(section).orElseThrow(AssessmentController::unknown);
        boolean back = "back".equals(request.getParameter(GO));
        AssessmentService.StepResult result = assessments.answer(draft, definition, answered, submitted(request), back,
                ClientAddress.of(request.getRemoteAddr()));
        if (result instanceof AssessmentService.StepResult.Tampered) {
            throw tampered();
        }
        if (result instanceof AssessmentService.StepResult.OutOfOrder) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Please answer the steps in order.");
        }
        if (result instanceof AssessmentService.StepResult.Invalid invalid) {
            response.setStatus(422);
            return step(draft, definition, answered, invalid.check().answers(), invalid.check().errors(),
                    "Some answers are missing or need a look. They are marked below; everything else is kept.",
                    request, response, model);
        }
        if (result instanceof AssessmentService.StepResult.TooMany tooMany) {
            response.setStatus(429);
            return step(draft, definition, answered, tooMany.answers(), Map.of(), "Many assessments were finished from "
                    + "your network in the last few minutes. Please wait ten minutes, then send this step again: your "
                    + "answers stay on this page.", request, response, model);
        }
        if (result instanceof AssessmentService.StepResult.StoppedUnkept unkept) {
            // Red flags win over the rate limit: the advice is shown in place; there is no link to go to.
            model.addAttribute("page", results.unkept(unkept.outcome()));
            return Htmx.isHtmx(request) ? "assessment/_result" : "assessment/result";
        }
        if (result instanceof AssessmentService.StepResult.Next next) {
            return step(next.draft(), definition, next.section(), next.draft().given(), Map.of(), null, request, response, model);
        }
        Outcome outcome = result instanceof AssessmentService.StepResult.Finished finished ? finished.outcome() : null;
        return finished(token, outcome, request, response, model);
    }

    /** A step page (with htmx the step alone, its address pushed), carrying the sealed draft. */
    private String step(Draft draft, Definition definition, Section section, Answers answers, Map<String, String> errors,
            String problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        StepPage page = StepPage.of(definition, section, draft.token(), answers, errors, problem, seal.seal(draft),
                CsrfTokens.ifSession(request));
        model.addAttribute("page", page);
        if (!Htmx.isHtmx(request)) {
            return "assessment/step";
        }
        response.setHeader("HX-Push-Url", page.action());
        return "assessment/_step";
    }

    /**
     * The result: with htmx in place, its private address pushed; without, by redirect to that
     * address. {@code outcome} is the result just stored, or null to show the one stored before.
     */
    private String finished(String token, Outcome outcome, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        String path = "/assessment/" + token;
        if (!Htmx.isHtmx(request)) {
            return "redirect:" + path;
        }
        response.setHeader("HX-Push-Url", path);
        var csrf = CsrfTokens.ifSession(request);
        model.addAttribute("page", outcome != null ? results.of(outcome, token, csrf)
                : results.of(assessments.find(token).orElseThrow(AssessmentController::unknown), token, null, "", null, csrf));
        return "assessment/_result";
    }

    private IntroPage intro(String source, String error, String notice, HttpServletRequest request) {
        return IntroPage.of(assessments.current(), source, error, notice, CsrfTokens.ifSession(request));
    }

    /** Every parameter but the draft, the Back button and the CSRF token is an answer; the questionnaire decides which are known. */
    private static Map<String, List<String>> submitted(HttpServletRequest request) {
        var answers = new LinkedHashMap<String, List<String>>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals(STATE) && !name.equals(GO)) {
                answers.put(name, List.of(values));
            }
        });
        return answers;
    }

    private static String source(String from) {
        return from != null && SOURCE.matcher(from).matches() ? from : null;
    }

    private static ResponseStatusException tampered() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "These answers were not sent by the assessment's form.");
    }

    static ResponseStatusException unknown() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such assessment.");
    }
}
