package org.corebalance.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corebalance.shared.ClientAddress;
import org.corebalance.shared.EmailAddresses;
import org.corebalance.system.CsrfTokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A finished assessment's result behind its private link, and a copy of it by e-mail to the address the person gives. */
@Controller
class ResultController {

    private final AssessmentService assessments;
    private final ResultPages results;

    ResultController(AssessmentService assessments, ResultPages results) {
        this.assessments = assessments;
        this.results = results;
    }

    /** The private link: the result, once the assessment is finished. */
    @GetMapping("/assessment/{token}")
    String result(@PathVariable String token, @RequestParam(required = false) String copy, HttpServletRequest request,
            Model model) {
        StoredAssessment assessment = assessments.find(token).orElseThrow(AssessmentController::unknown);
        model.addAttribute("page", results.of(assessment, token, "sent".equals(copy) ? "sent" : null, "", null,
                CsrfTokens.ifSession(request)));
        return "assessment/result";
    }

    /** An e-mail copy of the result, to the address the person gives (the first one given, from then on). */
    @PostMapping("/assessment/{token}/copy")
    String copy(@PathVariable String token, @RequestParam(defaultValue = "") String email, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        StoredAssessment assessment = assessments.find(token).orElseThrow(AssessmentController::unknown);
        String address = email.strip();
        String problem;
        if (!EmailAddresses.isValid(address)) {
            response.setStatus(422);
            problem = address.isEmpty() ? "Please enter your e-mail address." : "That doesn't look like an e-mail address.";
        } else {
            switch (assessments.sendCopy(assessment, token, address, ClientAddress.of(request.getRemoteAddr()))) {
                case SENT -> {
                    return "redirect:/assessment/" + token + "?copy=sent#copy";
                }
                case OTHER_ADDRESS -> {
                    response.setStatus(409);
                    problem = "This result's copies go only to the address first given for it. To have a result"
                            + " sent to another address, take the assessment again.";
                }
                case ENOUGH -> {
                    response.setStatus(409);
                    problem = "This result has been sent twice already. Look for it in your inbox (and spam folder),"
                            + " or bookmark this page: it is your private link.";
                }
                default -> {
                    response.setStatus(429);
                    problem = "We cannot send more e-mails to that address today. Please bookmark this page and try"
                            + " again tomorrow.";
                }
            }
        }
        model.addAttribute("page", results.of(assessments.find(token).orElse(assessment), token, null, email, problem,
                CsrfTokens.ifSession(request)));
        return "assessment/result";
    }
}
