package org.corebalance.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.corebalance.mail.MailApi;
import org.corebalance.mail.OutboxStatus;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.system.Htmx;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner writes a newsletter in Markdown, previews it, sends a test to themself, then sends it. */
@Controller
class NewslettersAdminController {

    private final NewsletterEditing editing;
    private final NewsletterSending sending;
    private final WhoIsSignedIn whoIsSignedIn;
    private final MailApi mail;

    NewslettersAdminController(NewsletterEditing editing, NewsletterSending sending, WhoIsSignedIn whoIsSignedIn,
            MailApi mail) {
        this.editing = editing;
        this.sending = sending;
        this.whoIsSignedIn = whoIsSignedIn;
        this.mail = mail;
    }

    @GetMapping("/admin/newsletters")
    String list(Model model) {
        var rows = editing.all().stream().map(n -> new NewsletterEditorPage.Row(n.id(), n.subject(), n.sent(), n.sentAt())).toList();
        model.addAttribute("page", new NewsletterEditorPage(rows, null, null, FieldErrors.none(), null, false,
                editing.confirmedSubscribers(), Map.of(), notice(model)));
        return "newsletter/newsletters";
    }

    @GetMapping("/admin/newsletters/new")
    String create(Model model) {
        return editor(model, null, new NewsletterForm("", ""), FieldErrors.none());
    }

    @PostMapping("/admin/newsletters")
    String saveNew(@Valid @ModelAttribute NewsletterForm form, BindingResult binding, Model model, HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(422);
            return editor(model, null, form, FieldErrors.of(binding));
        }
        return "redirect:/admin/newsletters/" + editing.create(form);
    }

    @GetMapping("/admin/newsletters/{id}")
    String open(@PathVariable long id, Model model) {
        Newsletter newsletter = find(id);
        return editor(model, newsletter, new NewsletterForm(newsletter.subject(), newsletter.bodyMarkdown()), FieldErrors.none());
    }

    @PostMapping("/admin/newsletters/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute NewsletterForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Newsletter newsletter = find(id);
        if (!newsletter.sent() && binding.hasErrors()) {
            response.setStatus(422);
            return editor(model, newsletter, form, FieldErrors.of(binding));
        }
        if (newsletter.sent() || !editing.update(id, form)) {
            response.setStatus(409);
            return editor(model, find(id), form,
                    FieldErrors.none().with("subject", "This newsletter was sent already; it cannot change."));
        }
        redirect.addFlashAttribute("notice", "Saved.");
        return "redirect:/admin/newsletters/" + id;
    }

    /** The text as subscribers will read it: the preview alone for htmx, else the whole editor. */
    @PostMapping("/admin/newsletters/preview")
    String preview(@ModelAttribute NewsletterForm form, @RequestParam(required = false) Long id, HttpServletRequest request,
            Model model) {
        if (Htmx.isHtmx(request)) {
            model.addAttribute("html", editing.preview(form.body()));
            return "blog/_preview";
        }
        return editor(model, id == null ? null : find(id), form, FieldErrors.none());
    }

    @PostMapping("/admin/newsletters/{id}/test")
    String test(@PathVariable long id, RedirectAttributes redirect) {
        find(id);
        String me = whoIsSignedIn.currentStaff().orElseThrow().email();
        sending.sendTest(id, me);
        redirect.addFlashAttribute("notice", mail.deliveryConfigured() ? "A test copy is on its way to " + me + "."
                : "A test copy for " + me + " waits in the Outbox, since e-mail is not being sent yet; you can read it there.");
        return "redirect:/admin/newsletters/" + id;
    }

    @PostMapping("/admin/newsletters/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        find(id);
        int queued = sending.send(id);
        redirect.addFlashAttribute("notice", queued > 0
                ? mail.deliveryConfigured() ? "Sending to " + queued + " subscribers. The log below fills in as it goes."
                        : "Ready for " + queued + " subscribers. E-mail is not being sent yet, so it waits in the Outbox"
                                + " and goes out once an SMTP server is set up."
                : "This newsletter was sent already; nobody gets it twice.");
        return "redirect:/admin/newsletters/" + id;
    }

    private Newsletter find(long id) {
        return editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The editor for a new newsletter ({@code saved} null) or a saved one, showing the form as given. */
    private String editor(Model model, Newsletter saved, NewsletterForm form, FieldErrors errors) {
        Map<OutboxStatus, Long> log = saved == null ? Map.of() : sending.log(saved);
        model.addAttribute("page", new NewsletterEditorPage(List.of(), saved == null ? null : saved.id(), form, errors,
                editing.preview(form.body()), saved != null && saved.sent(), editing.confirmedSubscribers(), log,
                notice(model)));
        return "newsletter/newsletters";
    }

    /** Only our own redirect's flash attribute, never a request parameter. */
    private static String notice(Model model) {
        return model.getAttribute("notice") instanceof String text ? text : null;
    }
}
