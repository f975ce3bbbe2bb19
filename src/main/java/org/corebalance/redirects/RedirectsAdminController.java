package org.corebalance.redirects;

import jakarta.servlet.http.HttpServletResponse;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.PracticeTime;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's redirects page (owner only, by URL): list, add, remove. */
@Controller
class RedirectsAdminController {


    private final Redirects redirects;
    private final PracticeSettingsService settings;

    RedirectsAdminController(Redirects redirects, PracticeSettingsService settings) {
        this.redirects = redirects;
        this.settings = settings;
    }

    @GetMapping("/admin/redirects")
    String list(Model model) {
        Object notice = model.getAttribute("notice");
        model.addAttribute("page", page(RedirectForm.empty(), FieldErrors.none(), notice instanceof String text ? text : null));
        return "redirects/redirects";
    }

    @PostMapping("/admin/redirects")
    String add(@ModelAttribute RedirectForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Redirects.Outcome outcome = redirects.add(form);
        if (outcome.added() == null) {
            response.setStatus(422);
            model.addAttribute("page", page(form, outcome.errors(), null));
            return "redirects/redirects";
        }
        redirect.addFlashAttribute("notice", "Added: " + outcome.added().oldPath() + " now leads to "
                + outcome.added().target() + ".");
        return "redirect:/admin/redirects";
    }

    @PostMapping("/admin/redirects/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        Redirect removed = redirects.remove(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute("notice", "Removed the redirect from " + removed.oldPath() + ".");
        return "redirect:/admin/redirects";
    }

    private RedirectsPage page(RedirectForm form, FieldErrors errors, String notice) {
        PracticeTime time = settings.current().time();
        var rows = redirects.all().stream()
                .map(r -> new RedirectsPage.Row(r.id(), r.oldPath(), r.target(), r.hits(),
                        r.lastHitAt() == null ? null : time.date(r.lastHitAt())))
                .toList();
        return new RedirectsPage(rows, form, errors, notice);
    }
}
