package org.corebalance.membership;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Optional;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page (Spring Security handles the POST), and changing one's own password. */
@Controller
class SignInController {

    private final WhoIsSignedIn whoIsSignedIn;
    private final StaffAccounts staff;

    SignInController(WhoIsSignedIn whoIsSignedIn, StaffAccounts staff) {
        this.whoIsSignedIn = whoIsSignedIn;
        this.staff = staff;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
            HttpServletRequest request, Model model) {
        // Only a flash attribute (set by our own redirect), never a request parameter, may speak here.
        Object notice = model.getAttribute("notice");
        if (whoIsSignedIn.currentStaff().isPresent()) {
            return "redirect:/admin";
        }
        String message = null;
        if (error != null) {
            HttpSession session = request.getSession(false);
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            message = failure instanceof SignInThrottledException throttled ? throttled.getMessage() : StaffAuthentication.WRONG;
        }
        String confirmation = signedOut != null ? "You have signed out." : notice instanceof String text ? text : null;
        model.addAttribute("page", new SignInPage(message, confirmation));
        return "membership/sign-in";
    }

    @GetMapping("/admin/password")
    String passwordForm(Model model) {
        model.addAttribute("page", new PasswordChangePage(FieldErrors.none()));
        return "membership/password";
    }

    @PostMapping("/admin/password")
    String changePassword(@Valid @ModelAttribute PasswordChangeForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect, HttpSession session) {
        SignedIn me = whoIsSignedIn.currentStaff().orElseThrow();
        FieldErrors errors = FieldErrors.of(binding);
        if (!errors.has("newPassword") && form.newPassword() != null) {
            Optional<String> problem = staff.passwordProblem(form.newPassword(), me.email());
            if (problem.isPresent()) {
                errors = errors.with("newPassword", problem.get());
            }
        }
        if (!errors.has("confirmation") && form.newPassword() != null && !form.newPassword().equals(form.confirmation())) {
            errors = errors.with("confirmation", "The two new passwords are not the same.");
        }
        if (errors.isEmpty() && !staff.changePassword(me.id(), form.currentPassword(), form.newPassword(),
                session.getId())) {
            errors = errors.with("currentPassword", "That is not your current password.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("page", new PasswordChangePage(errors));
            return "membership/password";
        }
        redirect.addFlashAttribute("changed", true);
        return "redirect:/admin/password?changed";
    }
}
