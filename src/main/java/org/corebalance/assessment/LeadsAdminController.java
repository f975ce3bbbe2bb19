package org.corebalance.assessment;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.corebalance.shared.Csv;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * /admin/leads (owner only): every finished assessment with its flags, level and scores, filters,
 * one lead's answers and the coach's notes, and a CSV export, all through {@link Leads}, which
 * records every look at health data.
 */
@Controller
class LeadsAdminController {

    static final int MAX_NOTES = 4000;

    private final Leads leads;

    LeadsAdminController(Leads leads) {
        this.leads = leads;
    }

    @GetMapping("/admin/leads")
    String list(@RequestParam(defaultValue = "") String flag, @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String until, @RequestParam(required = false) String deleted,
            HttpServletResponse response, Model model) {
        var filters = new LeadFilters(flag, level, status, from, until);
        String problem = filters.problem();
        if (problem != null) {
            response.setStatus(400);
            model.addAttribute("page", LeadsPage.of(filters, List.of(), problem, deleted != null));
        } else {
            model.addAttribute("page", leads.list(filters, deleted != null));
        }
        return "assessment/leads";
    }

    @GetMapping("/admin/leads/{id}")
    String lead(@PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("page", leads.lead(id, saved != null).orElseThrow(LeadsAdminController::notFound));
        return "assessment/lead";
    }

    @PostMapping("/admin/leads/{id}")
    String followUp(@PathVariable long id, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String notes) {
        LeadStatus chosen;
        try {
            chosen = LeadStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown status.");
        }
        if (notes.length() > MAX_NOTES) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Notes are limited to 4,000 characters.");
        }
        if (!leads.followUp(id, chosen, notes)) {
            throw notFound();
        }
        return "redirect:/admin/leads/" + id + "?saved";
    }

    @PostMapping("/admin/leads/{id}/delete")
    String erase(@PathVariable long id) {
        if (!leads.erase(id)) {
            throw notFound();
        }
        return "redirect:/admin/leads?deleted";
    }

    @GetMapping("/admin/leads.csv")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "") String flag, @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String until) {
        var filters = new LeadFilters(flag, level, status, from, until);
        String problem = filters.problem();
        if (problem != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
        }
        return Csv.download("leads.csv", leads.csv(filters));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such lead.");
    }
}
