package org.corebalance.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The owner's outbox (owner only, by URL: messages hold other people's private links): every
 * e-mail the site sent or is about to send, readable in full when no SMTP server is set up.
 */
@Controller
class OutboxAdminController {

    static final int SHOWN = 200;

    private final MailApi mail;

    OutboxAdminController(MailApi mail) {
        this.mail = mail;
    }

    @GetMapping("/admin/outbox")
    String list(Model model) {
        model.addAttribute("page", new OutboxPage(mail.recent(SHOWN), mail.deliveryConfigured(), null));
        return "mail/outbox";
    }

    @GetMapping("/admin/outbox/{id:\\d{1,18}}")
    String message(@PathVariable long id, Model model) {
        OutboxEntry entry = mail.find(id).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("page", new OutboxPage(java.util.List.of(), mail.deliveryConfigured(), entry));
        return "mail/outbox";
    }
}
