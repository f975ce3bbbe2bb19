package org.corebalance.membership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.corebalance.shared.FieldErrors;
import org.corebalance.system.PracticeSettings;
import org.corebalance.system.PracticeSettingsService;
import org.corebalance.system.SetupState;
import org.corebalance.system.TimeZones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-time setup on first start: creates the owner and the practice's settings. */
@Controller
class SetupController {

    static final List<String> TIME_ZONES = TimeZones.REGIONS;

    private final StaffAccounts staff;
    private final PracticeSettingsService settings;
    private final SetupState setup;

    SetupController(StaffAccounts staff, PracticeSettingsService settings, SetupState setup) {
        this.staff = staff;
        this.settings = settings;
        this.setup = setup;
    }

    @GetMapping("/admin/setup")
    String form(Model model) {
        requireNotSetUp();
        PracticeSettings current = settings.current();
        var form = new SetupForm("", "", "", current.name(), current.city(), current.email(), current.timeZone().getId());
        model.addAttribute("page", new SetupPage(form, FieldErrors.none(), TIME_ZONES));
        return "membership/setup";
    }

    @PostMapping("/admin/setup")
    String setUp(@Valid @ModelAttribute SetupForm form, BindingResult binding, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requireNotSetUp();
        FieldErrors errors = FieldErrors.of(binding);
        if (!errors.has("password") && form.password() != null) {
            Optional<String> problem = staff.passwordProblem(form.password(), form.email() == null ? "" : form.email());
            if (problem.isPresent()) {
                errors = errors.with("password", problem.get());
            }
        }
        if (form.timeZone() != null && !TIME_ZONES.contains(form.timeZone())) {
            errors = errors.with("timeZone", "Please choose a time zone from the list.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            var blankPassword = new SetupForm(form.ownerName(), form.email(), "", form.practiceName(), form.city(),
                    form.contactEmail(), form.timeZone());
            model.addAttribute("page", new SetupPage(blankPassword, errors, TIME_ZONES));
            return "membership/setup";
        }
        staff.setUp(form);
        redirect.addFlashAttribute("notice", "Your practice is set up. Sign in with the e-mail and password you just chose.");
        return "redirect:/login";
    }

    private void requireNotSetUp() {
        if (setup.isComplete()) {
            throw new SetupAlreadyDoneException();
        }
    }
}
