package org.corebalance.newsletter;

import org.corebalance.shared.Csv;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The owner's subscriber list and its CSV export (owner only, by URL: addresses are personal). */
@Controller
class SubscribersAdminController {

    static final int SHOWN = 10_000;

    private final NewsletterService newsletter;

    SubscribersAdminController(NewsletterService newsletter) {
        this.newsletter = newsletter;
    }

    @GetMapping("/admin/subscribers")
    String list(Model model) {
        model.addAttribute("page", new SubscribersPage(newsletter.subscribers(SHOWN)));
        return "newsletter/subscribers";
    }

    @GetMapping("/admin/subscribers.csv")
    ResponseEntity<String> csv() {
        var out = new StringBuilder("email,status,source,signed_up,confirmed,unsubscribed\r\n");
        for (Subscriber s : newsletter.subscribers(Integer.MAX_VALUE)) {
            out.append(Csv.row(s.email(), s.status().toLowerCase(), s.source(), s.createdAt(), s.confirmedAt(), s.unsubscribedAt()));
        }
        return Csv.download("subscribers.csv", out.toString());
    }
}
