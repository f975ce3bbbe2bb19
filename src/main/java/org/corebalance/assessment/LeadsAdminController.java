package org.corebalance.assessment;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corebalance.assessment.domain.Definition;
import org.corebalance.assessment.domain.Item;
import org.corebalance.assessment.domain.Outcome;
import org.corebalance.assessment.domain.Section;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.shared.Csv;
import org.corebalance.system.PracticeSettingsService;
import org.corebalance.shared.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * /admin/leads (owner only): every finished assessment with its flags, level and scores, filters,
 * one lead's answers and the coach's notes, and a CSV export. Every look at an assessment's health
 * data is written to its access log first.
 */
@Controller
class LeadsAdminController {

    static final int LIMIT = 500;
    private static final Set<String> FLAGS = Set.of("any", "none", "EMERGENCY", "TODAY", "SOON");
    private static final Set<String> LEVELS = Set.of("FOUNDATION", "BUILD", "STRONG");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a", Locale.US);

    private final AssessmentRepository assessments;
    private final AssessmentService service;
    private final WhoIsSignedIn whoIsSignedIn;
    private final PracticeSettingsService settings;
    private final Clock clock;

    LeadsAdminController(AssessmentRepository assessments, AssessmentService service, WhoIsSignedIn whoIsSignedIn,
            PracticeSettingsService settings, Clock clock) {
        this.assessments = assessments;
        this.service = service;
        this.whoIsSignedIn = whoIsSignedIn;
        this.settings = settings;
        this.clock = clock;
    }

    /** The list's filters as typed, and what they mean. */
    private record Filters(String flag, String level, String from, String until, AssessmentRepository.LeadFilter filter,
            String error) {
    }

    private Filters filters(String flag, String level, String from, String until) {
        String error = null;
        if (!flag.isEmpty() && !FLAGS.contains(flag)) {
            error = "Unknown red-flag filter.";
        } else if (!level.isEmpty() && !LEVELS.contains(level)) {
            error = "Unknown level.";
        }
        ZoneId zone = settings.current().timeZone();
        Instant start = null;
        Instant end = null;
        try {
            start = from.isEmpty() ? null : LocalDate.parse(from).atStartOfDay(zone).toInstant();
            end = until.isEmpty() ? null : LocalDate.parse(until).plusDays(1).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            error = "Please give dates as year-month-day, e.g. 2026-11-24.";
        }
        if (error != null) {
            return new Filters(flag, level, from, until, null, error);
        }
        return new Filters(flag, level, from, until, new AssessmentRepository.LeadFilter(flag.isEmpty() ? null : flag,
                level.isEmpty() ? null : level, start, end), null);
    }

    @GetMapping("/admin/leads")
    @Transactional
    String list(@RequestParam(defaultValue = "") String flag, @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until,
            @RequestParam(required = false) String deleted, HttpServletResponse response, Model model) {
        Filters filters = filters(flag, level, from, until);
        List<StoredAssessment> found = List.of();
        if (filters.error() != null) {
            response.setStatus(400);
        } else {
            found = assessments.finished(filters.filter(), LIMIT);
            assessments.logAccess(found.stream().map(StoredAssessment::id).toList(), me(), "list", clock.instant());
        }
        ZoneId zone = settings.current().timeZone();
        List<LeadsPage.Row> rows = found.stream().map(a -> new LeadsPage.Row(a.id(), shown(a.completedAt(), zone),
                flagOf(a.outcome()), a.outcome().level() == null ? "" : a.outcome().level().label(),
                score(a.outcome(), "pain_now"), score(a.outcome(), "function"), a.leadStatus().label(),
                a.source() == null ? "" : a.source(), a.email() == null ? "" : a.email())).toList();
        String query = UriComponentsBuilder.newInstance().queryParam("flag", flag).queryParam("level", level)
                .queryParam("from", from).queryParam("until", until).build().encode().getQuery();
        model.addAttribute("page", new LeadsPage(rows, flag, level, from, until, query, filters.error(), deleted != null));
        return "assessment/leads";
    }

    @GetMapping("/admin/leads/{id}")
    @Transactional
    String lead(@PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        StoredAssessment assessment = assessments.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        assessments.logAccess(List.of(id), me(), "view", clock.instant());
        Definition definition = service.definitionOf(assessment);
        var answers = new ArrayList<LeadPage.AnswerRow>();
        for (Section section : definition.sections()) {
            for (Item item : section.items()) {
                List<String> values = assessment.answers().values(item.id());
                if (!values.isEmpty()) {
                    answers.add(new LeadPage.AnswerRow(section.title(), item.text(),
                            item.type().numeric() ? values.get(0) + (item.unit() == null ? "" : " " + item.unit())
                                    : String.join(", ", item.labels(values))));
                }
            }
        }
        ZoneId zone = settings.current().timeZone();
        List<LeadPage.AccessRow> log = assessments.accessLog(id, 50).stream()
                .map(a -> new LeadPage.AccessRow(a.who() == null ? "(removed account)" : a.who(), a.what(), shown(a.when(), zone)))
                .toList();
        model.addAttribute("page", new LeadPage(id, shown(assessment.completedAt(), zone), assessment.source(), assessment.email(),
                assessment.consentVersion(), assessment.consentText(), shown(assessment.consentedAt(), zone),
                definition.title() + " (version " + definition.version() + ")", assessment.outcome(), answers,
                assessment.leadStatus().name(), Arrays.stream(LeadStatus.values()).map(Enum::name).toList(),
                assessment.notes(), log, saved != null));
        return "assessment/lead";
    }

    @PostMapping("/admin/leads/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String notes) {
        if (assessments.findById(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LeadStatus chosen;
        try {
            chosen = LeadStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown status.");
        }
        if (notes.length() > 4000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Notes are limited to 4,000 characters.");
        }
        assessments.updateLead(id, chosen, notes.strip(), clock.instant());
        return "redirect:/admin/leads/" + id + "?saved";
    }

    /** Erasure on request: the assessment, its answers, result and access log are gone for good. */
    @PostMapping("/admin/leads/{id}/delete")
    String delete(@PathVariable long id) {
        if (!assessments.delete(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/leads?deleted";
    }

    @GetMapping("/admin/leads.csv")
    @Transactional
    ResponseEntity<String> csv(@RequestParam(defaultValue = "") String flag, @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until) {
        Filters filters = filters(flag, level, from, until);
        if (filters.error() != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, filters.error());
        }
        List<StoredAssessment> found = assessments.finished(filters.filter(), Integer.MAX_VALUE);
        assessments.logAccess(found.stream().map(StoredAssessment::id).toList(), me(), "export", clock.instant());
        var out = new StringBuilder(Csv.row("id", "completed_utc", "source", "email", "red_flag", "level", "pain_now",
                "pain_week", "function", "lead_status", "notes", "consent_version", "consented_utc", "questionnaire", "answers"));
        for (StoredAssessment a : found) {
            out.append(Csv.row(a.id(), a.completedAt(), a.source(), a.email(), flagOf(a.outcome()),
                    a.outcome().level() == null ? "" : a.outcome().level().name(), score(a.outcome(), "pain_now"),
                    score(a.outcome(), "pain_week"), score(a.outcome(), "function"), a.leadStatus().name(), a.notes(),
                    a.consentVersion(), a.consentedAt(), a.definitionId() + " v" + a.definitionVersion(),
                    answersText(a)));
        }
        return Csv.download("leads.csv", out.toString());
    }

    private static String answersText(StoredAssessment assessment) {
        var parts = new ArrayList<String>();
        assessment.answers().asMap().forEach((item, values) -> parts.add(item + "=" + String.join("|", values)));
        return String.join("; ", parts);
    }

    private Long me() {
        return whoIsSignedIn.currentStaff().map(SignedIn::id).orElse(null);
    }

    private static String flagOf(Outcome outcome) {
        return outcome.flags().isEmpty() ? "" : outcome.flags().get(0).urgency().name();
    }

    private static String score(Outcome outcome, String id) {
        return outcome.score(id).map(Results::shown).orElse("");
    }

    private static String shown(Instant instant, ZoneId zone) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }
}
