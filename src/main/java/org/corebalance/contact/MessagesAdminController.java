package org.corebalance.contact;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The owner's contact inbox (owner only, by URL: messages are personal): read, mark unread, archive. */
@Controller
class MessagesAdminController {

    private final ContactService contact;

    MessagesAdminController(ContactService contact) {
        this.contact = contact;
    }

    @GetMapping("/admin/messages")
    String inbox(@RequestParam(defaultValue = "inbox") String box, Model model) {
        String shown = box.equals("archived") ? "archived" : "inbox";
        model.addAttribute("page", new MessagesPage(shown, contact.inbox(shown), null));
        return "contact/messages";
    }

    @GetMapping("/admin/messages/{id}")
    String open(@PathVariable long id, Model model) {
        ContactMessage message = contact.open(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", new MessagesPage("inbox", List.of(), message));
        return "contact/messages";
    }

    @PostMapping("/admin/messages/{id}/{action}")
    String change(@PathVariable long id, @PathVariable String action) {
        String status = switch (action) {
            case "archive" -> "ARCHIVED";
            case "unread" -> "UNREAD";
            case "restore" -> "READ";
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        if (!contact.setStatus(id, status)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/messages" + (status.equals("READ") ? "?box=archived" : "");
    }
}
