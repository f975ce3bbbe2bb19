package org.corebalance.newsletter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The owner's subscriber list and its CSV export (owner only, by URL: addresses are personal). */
@Controller
class SubscribersAdminController {

    static final int SHOWN = 10_000;

    private final SubscriberRepository subscribers;

    SubscribersAdminController(SubscriberRepository subscribers) {
        this.subscribers = subscribers;
    }

    @GetMapping("/admin/subscribers")
    String list(Model model) {
        model.addAttribute("page", new SubscribersPage(subscribers.findAll(SHOWN)));
        return "newsletter/subscribers";
    }

    @GetMapping("/admin/subscribers.csv")
    ResponseEntity<String> csv() {
        var out = new StringBuilder("email,status,source,signed_up,confirmed,unsubscribed\r\n");
        for (Subscriber s : subscribers.findAll(Integer.MAX_VALUE)) {
            out.append(String.join(",", cell(s.email()), cell(s.status().toLowerCase()), cell(s.source()),
                    cell(s.createdAt()), cell(s.confirmedAt()), cell(s.unsubscribedAt()))).append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("subscribers.csv").build().toString())
                .body(out.toString());
    }

    /** Quoted, and never read by a spreadsheet as a formula. */
    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
