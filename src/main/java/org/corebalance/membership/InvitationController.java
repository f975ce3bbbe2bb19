package org.corebalance.membership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.corebalance.shared.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An invited editor chooses their password through the e-mailed link. */
@Controller
class InvitationController {

    private final StaffInvitations invitations;
    private final StaffAccounts staff;

    InvitationController(StaffInvitations invitations, StaffAccounts staff) {
        this.invitations = invitations;
        this.staff = staff;
    }

    @GetMapping("/invitation")
    String choose(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        Optional<Account> account = invitations.invited(token);
        if (account.isEmpty()) {
            response.setStatus(410);
        }
        model.addAttribute("page", page(token, account.map(Account::email).orElse(null), FieldErrors.none()));
        return "membership/new-password";
    }

    @PostMapping("/invitation")
    String accept(@Valid @ModelAttribute NewPasswordForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Account> account = invitations.invited(form.token());
        if (account.isEmpty()) {
            response.setStatus(410);
            model.addAttribute("page", page(form.token(), null, FieldErrors.none()));
            return "membership/new-password";
        }
        FieldErrors errors = PasswordChoice.check(form, account.get().email(), FieldErrors.of(binding), staff);
        if (!errors.isEmpty() || !invitations.accept(form.token(), form.password())) {
            response.setStatus(errors.isEmpty() ? 410 : 422);
            model.addAttribute("page", page(form.token(), errors.isEmpty() ? null : account.get().email(), errors));
            return "membership/new-password";
        }
        redirect.addFlashAttribute("notice", "Welcome! Your password is set. Sign in to start writing.");
        return "redirect:/login";
    }

    private static NewPasswordPage page(String token, String email, FieldErrors errors) {
        return new NewPasswordPage("Choose your password", "/invitation", token, email, email != null, errors);
    }
}
