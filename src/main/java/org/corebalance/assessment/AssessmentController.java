package org.corebalance.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.corebalance.assessment.domain.Answers;
import org.corebalance.assessment.domain.Definition;
import org.corebalance.assessment.domain.Section;
import org.corebalance.shared.EmailAddresses;
import org.corebalance.shared.PageMeta;
import org.corebalance.system.FormRateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The FREE ASSESSMENT as a person takes it: consent, one step per section, the result behind a
 * private link. Every step is a plain form post (post, redirect, get); with htmx the next step
 * comes back in place. Nothing here creates a session.
 */
@Controller
class AssessmentController {

    private static final Pattern SOURCE = Pattern.compile("/[A-Za-z0-9/_-]{0,199}");
    private static final PageMeta INTRO = PageMeta.website("Free assessment",
            "A free, safe assessment of your low back: red-flag screening first, then your pain, daily life and goals, "
                    + "with a personal starting point.", "/assessment");

    /** Assessments one network address may start in ten minutes; more get 429. */
    static final int STARTS_PER_ADDRESS = 30;

    private final AssessmentService assessments;
    private final ResultPages results;
    private final FormRateLimiter limiter;

    AssessmentController(AssessmentService assessments, ResultPages results, FormRateLimiter limiter) {
        this.assessments = assessments;
        this.results = results;
        this.limiter = limiter;
    }

    @GetMapping("/assessment")
    String intro(@RequestParam(name = "from", required = false) String from, HttpServletRequest request, Model model) {
        model.addAttribute("page", intro(source(from), null, request));
        return "assessment/intro";
    }

    @PostMapping("/assessment")
    String start(@RequestParam(defaultValue = "") String consent, @RequestParam(defaultValue = "") String source,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!consent.equals("yes")) {
            response.setStatus(422);
            model.addAttribute("page", intro(source(source), "Please tick the box to agree, so that we may keep your answers. "
                    + "Without it we cannot give you a result.", request));
            return "assessment/intro";
        }
        if (!limiter.allow("assessment", request.getRemoteAddr(), STARTS_PER_ADDRESS, Duration.ofMinutes(10))) {
            response.setStatus(429);
            model.addAttribute("page", intro(source(source), "Many assessments were started from your network in the last "
                    + "few minutes. Please wait ten minutes and try again.", request));
            return "assessment/intro";
        }
        String token = assessments.start(source(source));
        Definition definition = assessments.current();
        return next(token, definition, definition.sections().get(0), Answers.empty(), request, response, model);
    }

    /** The private link: the result once there is one, else the step the person has reached. */
    @GetMapping("/assessment/{token}")
    String result(@PathVariable String token, @RequestParam(required = false) String copy, HttpServletRequest request,
            Model model) {
        StoredAssessment assessment = assessments.find(token).orElseThrow(AssessmentController::unknown);
        if (!assessment.finished()) {
            return "redirect:/assessment/" + token + "/" + assessment.nextSection();
        }
        model.addAttribute("page", results.of(assessment, token, "sent".equals(copy) ? "sent" : null, "", null, csrf(request)));
        return "assessment/result";
    }

    @GetMapping("/assessment/{token}/{section}")
    String step(@PathVariable String token, @PathVariable String section, HttpServletRequest request, Model model) {
        StoredAssessment assessment = assessments.find(token).orElseThrow(AssessmentController::unknown);
        if (assessment.finished()) {
            return "redirect:/assessment/" + token;
        }
        Definition definition = assessments.definitionOf(assessment);
        Section shown = definition.section(section).orElseThrow(AssessmentController::unknown);
        int reached = definition.sectionIndex(assessment.nextSection()).orElse(0);
        if (definition.sectionIndex(section).getAsInt() > reached) {
            return "redirect:/assessment/" + token + "/" + assessment.nextSection();
        }
        model.addAttribute("page", stepPage(definition, token, shown, assessment.answers(), Map.of(), request));
        return "assessment/step";
    }

    @PostMapping("/assessment/{token}/{section}")
    String answer(@PathVariable String token, @PathVariable String section, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        StoredAssessment assessment = assessments.find(token).orElseThrow(AssessmentController::unknown);
        Definition definition = assessments.definitionOf(assessment);
        Section answered = definition.section(section).orElseThrow(AssessmentController::unknown);
        AssessmentService.StepResult result = assessments.answer(assessment, answered, submitted(request));
        if (result instanceof AssessmentService.StepResult.Tampered) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "These answers were not sent by the assessment's form.");
        }
        if (result instanceof AssessmentService.StepResult.OutOfOrder) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Please answer the steps in order.");
        }
        if (result instanceof AssessmentService.StepResult.Invalid invalid) {
            response.setStatus(422);
            model.addAttribute("page", stepPage(definition, token, answered, invalid.check().answers(), invalid.check().errors(), request));
            return htmx(request) ? "assessment/_step" : "assessment/step";
        }
        if (result instanceof AssessmentService.StepResult.Next next) {
            return next(token, definition, next.section(), next.answers(), request, response, model);
        }
        if (htmx(request)) {
            response.setHeader("HX-Redirect", "/assessment/" + token);
            model.addAttribute("path", "/assessment/" + token);
            return "assessment/_finished";
        }
        return "redirect:/assessment/" + token;
    }

    /** An e-mail copy of the result, to the address the person gives. */
    @PostMapping("/assessment/{token}/copy")
    String copy(@PathVariable String token, @RequestParam(defaultValue = "") String email, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        StoredAssessment assessment = assessments.find(token).orElseThrow(AssessmentController::unknown);
        if (!assessment.finished()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "There is no result to send yet.");
        }
        String address = email.strip();
        if (!EmailAddresses.isValid(address)) {
            response.setStatus(422);
            model.addAttribute("page", results.of(assessment, token, null, email,
                    address.isEmpty() ? "Please enter your e-mail address." : "That doesn't look like an e-mail address.",
                    csrf(request)));
            return "assessment/result";
        }
        assessments.sendCopy(assessment, token, address);
        return "redirect:/assessment/" + token + "?copy=sent#copy";
    }

    /** The next step: a redirect to it, or with htmx the step itself, with its address pushed. */
    private String next(String token, Definition definition, Section section, Answers answers, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String path = "/assessment/" + token + "/" + section.id();
        if (!htmx(request)) {
            return "redirect:" + path;
        }
        response.setHeader("HX-Push-Url", path);
        model.addAttribute("page", stepPage(definition, token, section, answers, Map.of(), request));
        return "assessment/_step";
    }

    private StepPage stepPage(Definition definition, String token, Section section, Answers answers,
            Map<String, String> errors, HttpServletRequest request) {
        int index = definition.sectionIndex(section.id()).getAsInt();
        int count = definition.sections().size();
        List<QuestionView> questions = QuestionView.of(section.items(), answers, errors);
        String back = index == 0 ? null : "/assessment/" + token + "/" + definition.sections().get(index - 1).id();
        var meta = PageMeta.website("Free assessment, step " + (index + 1) + " of " + count + ": " + section.title(),
                "Your free assessment.", null);
        return new StepPage(meta, "/assessment/" + token + "/" + section.id(), index + 1, count, section.title(),
                section.intro(), questions, !errors.isEmpty(), back, index == count - 1, csrf(request));
    }

    private IntroPage intro(String source, String error, HttpServletRequest request) {
        Definition definition = assessments.current();
        return new IntroPage(INTRO, definition.intro(), ConsentText.TEXT, definition.sections().size(), source, error, csrf(request));
    }

    /** Every parameter but the CSRF token is an answer; the questionnaire decides which are known. */
    private static Map<String, List<String>> submitted(HttpServletRequest request) {
        var answers = new LinkedHashMap<String, List<String>>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf")) {
                answers.put(name, List.of(values));
            }
        });
        return answers;
    }

    private static String source(String from) {
        return from != null && SOURCE.matcher(from).matches() ? from : null;
    }

    private static boolean htmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }

    /** Only a signed-in person (who has a session) needs the token; reading it for anyone else would create one. */
    static CsrfToken csrf(HttpServletRequest request) {
        return request.getSession(false) == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    private static ResponseStatusException unknown() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such assessment.");
    }
}
