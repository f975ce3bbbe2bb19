package org.corebalance.contact;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.ClientAddress;
import org.corebalance.shared.FieldErrors;
import org.corebalance.shared.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * /contact: the form, and receiving it. The page creates no session; the post is guarded against
 * other sites by the cross-site form guard, and limited per address by the service.
 */
@Controller
class ContactController {

    static final List<ContactPage.Choice> TOPICS = Arrays.stream(Topic.values())
            .map(t -> new ContactPage.Choice(t.name(), t.label)).toList();
    private static final PageMeta META = PageMeta.website("Contact",
            "Questions about the free assessment, Core Balance Training or an article: write to the practice.", "/contact");

    private final ContactService contact;
    private final MailApi mail;

    ContactController(ContactService contact, MailApi mail) {
        this.contact = contact;
        this.mail = mail;
    }

    @GetMapping("/contact")
    String form(Model model) {
        model.addAttribute("page", page(ContactForm.empty(), FieldErrors.none(), false));
        return "contact/contact";
    }

    @GetMapping("/contact/thanks")
    String thanks(Model model) {
        model.addAttribute("page", page(ContactForm.empty(), FieldErrors.none(), true));
        return "contact/contact";
    }

    @PostMapping("/contact")
    String send(@Valid @ModelAttribute ContactForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        FieldErrors errors = FieldErrors.of(binding);
        Optional<Topic> topic = Topic.of(form.topic());
        if (!errors.has("topic") && topic.isEmpty()) {
            errors = errors.with("topic", "Please choose what your message is about.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("page", page(form, errors, false));
            return "contact/contact";
        }
        if (!contact.receive(form, topic.get(), ClientAddress.of(request.getRemoteAddr()))) {
            response.setStatus(429);
            FieldErrors tooMany = FieldErrors.none().with("message",
                    "You have sent several messages in a short time. Please wait ten minutes and try again; your text is kept below.");
            model.addAttribute("page", page(form, tooMany, false));
            return "contact/contact";
        }
        return "redirect:/contact/thanks";
    }

    private ContactPage page(ContactForm form, FieldErrors errors, boolean sent) {
        return new ContactPage(META, form, errors, TOPICS, sent, mail.deliveryConfigured());
    }
}
