package org.corebalance.newsletter;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.corebalance.blog.BlogApi;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.shared.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner writes a newsletter in Markdown, previews it, sends a test to themself, then sends it. */
@Controller
class NewslettersAdminController {

    private final NewsletterRepository newsletters;
    private final NewsletterSending sending;
    private final BlogApi blog;
    private final WhoIsSignedIn whoIsSignedIn;
    private final Clock clock;

    NewslettersAdminController(NewsletterRepository newsletters, NewsletterSending sending, BlogApi blog,
            WhoIsSignedIn whoIsSignedIn, Clock clock) {
        this.newsletters = newsletters;
        this.sending = sending;
        this.blog = blog;
        this.whoIsSignedIn = whoIsSignedIn;
        this.clock = clock;
    }

    @GetMapping("/admin/newsletters")
    String list(Model model) {
        var rows = newsletters.findAll().stream().map(n -> new NewsletterEditorPage.Row(n.id(), n.subject(), n.sent(),
                n.sentAt() == null ? "" : n.sentAt().toString().substring(0, 10))).toList();
        model.addAttribute("page", new NewsletterEditorPage(rows, null, null, FieldErrors.none(), null, false,
                newsletters.confirmedCount(), Map.of(), notice(model)));
        return "newsletter/newsletters";
    }

    @GetMapping("/admin/newsletters/new")
    String create(Model model) {
        return editor(model, null, new NewsletterForm("", ""), FieldErrors.none(), false);
    }

    @PostMapping("/admin/newsletters")
    String saveNew(@Valid @ModelAttribute NewsletterForm form, BindingResult binding, Model model, HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(422);
            return editor(model, null, form, FieldErrors.of(binding), false);
        }
        long id = newsletters.insert(form.subject().strip(), form.body(), clock.instant());
        return "redirect:/admin/newsletters/" + id;
    }

    @GetMapping("/admin/newsletters/{id}")
    String open(@PathVariable long id, Model model) {
        Newsletter newsletter = find(id);
        return editor(model, id, new NewsletterForm(newsletter.subject(), newsletter.bodyMarkdown()), FieldErrors.none(),
                newsletter.sent());
    }

    @PostMapping("/admin/newsletters/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute NewsletterForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Newsletter newsletter = find(id);
        if (binding.hasErrors() || newsletter.sent()) {
            response.setStatus(newsletter.sent() ? 409 : 422);
            return editor(model, id, form, newsletter.sent()
                    ? FieldErrors.none().with("subject", "This newsletter was sent already; it cannot change.")
                    : FieldErrors.of(binding), newsletter.sent());
        }
        newsletters.update(id, form.subject().strip(), form.body(), clock.instant());
        redirect.addFlashAttribute("notice", "Saved.");
        return "redirect:/admin/newsletters/" + id;
    }

    @PostMapping("/admin/newsletters/preview")
    String preview(@ModelAttribute NewsletterForm form, Model model) {
        model.addAttribute("html", form.body() == null || form.body().isBlank() ? "" : blog.renderMarkdownForMail(form.body()));
        return "blog/_preview";
    }

    @PostMapping("/admin/newsletters/{id}/test")
    String test(@PathVariable long id, RedirectAttributes redirect) {
        find(id);
        String me = whoIsSignedIn.currentStaff().orElseThrow().email();
        sending.sendTest(id, me);
        redirect.addFlashAttribute("notice", "A test copy is on its way to " + me + ".");
        return "redirect:/admin/newsletters/" + id;
    }

    @PostMapping("/admin/newsletters/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        find(id);
        int queued = sending.send(id);
        redirect.addFlashAttribute("notice", queued > 0
                ? "Sending to " + queued + " subscribers. The log below fills in as it goes."
                : "This newsletter was sent already; nobody gets it twice.");
        return "redirect:/admin/newsletters/" + id;
    }

    private Newsletter find(long id) {
        return newsletters.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String editor(Model model, Long id, NewsletterForm form, FieldErrors errors, boolean sent) {
        String preview = form.body() == null || form.body().isBlank() ? "" : blog.renderMarkdownForMail(form.body());
        var log = id == null ? Map.<org.corebalance.mail.OutboxStatus, Long>of() : sending.log(find(id));
        model.addAttribute("page", new NewsletterEditorPage(List.of(), id, form, errors, preview, sent,
                newsletters.confirmedCount(), log, notice(model)));
        return "newsletter/newsletters";
    }

    /** Only our own redirect's flash attribute, never a request parameter. */
    private static String notice(Model model) {
        return model.getAttribute("notice") instanceof String text ? text : null;
    }
}
