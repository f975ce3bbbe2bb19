package org.corebalance.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.ClientAddress;
import org.corebalance.shared.EmailAddresses;
import org.corebalance.shared.PageMeta;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Stay in touch": sign up (the footer form posts here), confirm by a button on the landing page
 * (a POST, so e-mail link scanners cannot confirm), and leave in one click, from the link or from
 * the mail program (RFC 8058). The sign-up is guarded against other sites by the cross-site form
 * guard, and limited per address by the service.
 */
@Controller
class NewsletterController {

    private static final PageMeta META = PageMeta.website("Stay in touch",
            "New articles and the odd practical tip about a calmer low back, a few times a month.", "/newsletter");

    private final NewsletterService newsletter;
    private final MailApi mail;

    NewsletterController(NewsletterService newsletter, MailApi mail) {
        this.newsletter = newsletter;
        this.mail = mail;
    }

    @GetMapping("/newsletter")
    String form(Model model) {
        return page(model, "form", null, null, null);
    }

    @PostMapping("/newsletter")
    String subscribe(@ModelAttribute SignUpForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        String email = form.email();
        if (!EmailAddresses.isValid(email.strip())) {
            response.setStatus(422);
            return page(model, "form", email, email.isBlank() ? "Please enter your e-mail address."
                    : "That doesn't look like an e-mail address.", null);
        }
        if (!newsletter.subscribe(form, ClientAddress.of(request.getRemoteAddr()))) {
            response.setStatus(429);
            return page(model, "form", email, "That was a lot of sign-ups in a short time. Please wait ten minutes and try again.", null);
        }
        return "redirect:/newsletter/check-email";
    }

    @GetMapping("/newsletter/check-email")
    String checkEmail(Model model) {
        return page(model, "sent", null, null, null);
    }

    @GetMapping("/newsletter/confirm")
    String confirmPage(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        if (!newsletter.confirmable(token)) {
            response.setStatus(410);
            return page(model, "expired", null, null, null);
        }
        return page(model, "confirm", null, null, token);
    }

    @PostMapping("/newsletter/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        if (newsletter.confirm(token).isEmpty()) {
            response.setStatus(410);
            return page(model, "expired", null, null, null);
        }
        return "redirect:/newsletter/confirmed";
    }

    @GetMapping("/newsletter/confirmed")
    String confirmed(Model model) {
        return page(model, "confirmed", null, null, null);
    }

    /** The visible link in every newsletter: one click, no sign-in. */
    @GetMapping("/newsletter/unsubscribe")
    String unsubscribe(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        if (newsletter.unsubscribe(token).isEmpty()) {
            response.setStatus(410);
            return page(model, "expired", null, null, null);
        }
        return page(model, "unsubscribed", null, null, null);
    }

    /** RFC 8058: the mail program posts "List-Unsubscribe=One-Click" to the List-Unsubscribe address. */
    @PostMapping("/newsletter/unsubscribe")
    ResponseEntity<String> oneClick(@RequestParam(defaultValue = "") String token) {
        return newsletter.unsubscribe(token).isPresent()
                ? ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("Unsubscribed.")
                : ResponseEntity.status(410).contentType(MediaType.TEXT_PLAIN).body("Unknown link.");
    }

    private String page(Model model, String state, String email, String error, String token) {
        model.addAttribute("page", new NewsletterPage(META, state, email, error, token, mail.deliveryConfigured()));
        return "newsletter/newsletter";
    }
}
