package org.corebalance.membership;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import jakarta.validation.Valid;
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.ClientAddress;
import org.corebalance.shared.EmailAddresses;
import org.corebalance.shared.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten passwords: asking for a link, and choosing a new password through it. */
@Controller
class PasswordResetController {

    /** Longer than writing and queueing a link takes: known and unknown addresses get their answer after it. */
    static final Duration ANSWER_AFTER = Duration.ofMillis(250);

    private final PasswordReset reset;
    private final StaffAccounts staff;
    private final MailApi mail;

    PasswordResetController(PasswordReset reset, StaffAccounts staff, MailApi mail) {
        this.reset = reset;
        this.staff = staff;
        this.mail = mail;
    }

    @GetMapping("/login/forgot")
    String forgot(@RequestParam(required = false) String sent, Model model) {
        model.addAttribute("page", new ForgotPasswordPage(sent != null, null, mail.deliveryConfigured()));
        return "membership/forgot";
    }

    @PostMapping("/login/forgot")
    String request(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        long started = System.nanoTime();
        if (!EmailAddresses.isValid(email.strip())) {
            response.setStatus(422);
            model.addAttribute("page", new ForgotPasswordPage(false, "Please enter the e-mail address you sign in with.",
                    mail.deliveryConfigured()));
            return "membership/forgot";
        }
        reset.request(email, ClientAddress.of(request.getRemoteAddr()));
        EqualAnswerTime.waitUntil(started, ANSWER_AFTER);
        return "redirect:/login/forgot?sent";
    }

    @GetMapping("/login/reset")
    String choose(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        Optional<String> email = reset.emailFor(token);
        if (email.isEmpty()) {
            response.setStatus(410);
        }
        model.addAttribute("page", page(token, email.orElse(null), FieldErrors.none()));
        return "membership/new-password";
    }

    @PostMapping("/login/reset")
    String save(@Valid @ModelAttribute NewPasswordForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Optional<String> email = reset.emailFor(form.token());
        if (email.isEmpty()) {
            response.setStatus(410);
            model.addAttribute("page", page(form.token(), null, FieldErrors.none()));
            return "membership/new-password";
        }
        FieldErrors errors = PasswordChoice.check(form, email.get(), FieldErrors.of(binding), staff);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("page", page(form.token(), email.get(), errors));
            return "membership/new-password";
        }
        if (!reset.reset(form.token(), form.password())) {
            response.setStatus(410);
            model.addAttribute("page", page(form.token(), null, FieldErrors.none()));
            return "membership/new-password";
        }
        redirect.addFlashAttribute("notice", "Your password has been changed. Sign in with the new one.");
        return "redirect:/login";
    }

    private static NewPasswordPage page(String token, String email, FieldErrors errors) {
        return new NewPasswordPage("Choose a new password", "/login/reset", token, email, email != null, errors);
    }
}
