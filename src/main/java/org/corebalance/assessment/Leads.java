package org.corebalance.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.corebalance.assessment.domain.AssessmentDefinitions;
import org.corebalance.assessment.domain.Definition;
import org.corebalance.assessment.domain.Item;
import org.corebalance.assessment.domain.Outcome;
import org.corebalance.assessment.domain.Section;
import org.corebalance.shared.Csv;
import org.corebalance.shared.PracticeTime;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.system.PracticeSettings;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach's leads: the list, one lead, its follow-up and erasure, and the CSV export. Answers and
 * results are health data, so every read of them goes through {@link #lookAt}, which writes who
 * looked, and why, to each assessment's access log in the same transaction.
 */
@Service
class Leads {

    /** The most leads the list shows; the CSV has them all. */
    static final int LISTED = 500;
    private static final int ACCESS_LOG_SHOWN = 50;

    private final AssessmentRepository assessments;
    private final AssessmentDefinitions definitions;
    private final WhoIsSignedIn whoIsSignedIn;
    private final PracticeSettingsService settings;
    private final Clock clock;

    Leads(AssessmentRepository assessments, AssessmentDefinitions definitions, WhoIsSignedIn whoIsSignedIn,
            PracticeSettingsService settings, Clock clock) {
        this.assessments = assessments;
        this.definitions = definitions;
        this.whoIsSignedIn = whoIsSignedIn;
        this.settings = settings;
        this.clock = clock;
    }

    /** The list for filters that {@link LeadFilters#problem()} accepts, newest first. */
    @Transactional
    LeadsPage list(LeadFilters filters, boolean deleted) {
        PracticeSettings practice = settings.current();
        List<StoredAssessment> found = lookAt("list", () -> assessments.finished(filter(filters, practice.timeZone()), LISTED));
        PracticeTime time = practice.time();
        List<LeadsPage.Row> rows = found.stream().map(a -> new LeadsPage.Row(a.id(), time.dateTime(a.completedAt()),
                flagOf(a.outcome()), a.outcome().level() == null ? "" : a.outcome().level().label(),
                score(a.outcome(), "pain_now"), score(a.outcome(), "function"), a.leadStatus().label(),
                a.source() == null ? "" : a.source(), a.email() == null ? "" : a.email())).toList();
        return LeadsPage.of(filters, rows, null, deleted);
    }

    /** One lead with every answer as the person saw the question, and who has looked at it (this look included). */
    @Transactional
    Optional<LeadPage> lead(long id, boolean saved) {
        Optional<StoredAssessment> found = lookAt("view", () -> assessments.findById(id).stream().toList()).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredAssessment assessment = found.get();
        Definition definition = definitions.find(assessment.definitionId(), assessment.definitionVersion()).orElseThrow(() ->
                new IllegalStateException("questionnaire " + assessment.definitionId() + " v" + assessment.definitionVersion() + " is not loaded"));
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
        PracticeTime time = settings.current().time();
        List<LeadPage.AccessRow> log = assessments.accessLog(id, ACCESS_LOG_SHOWN).stream()
                .map(a -> new LeadPage.AccessRow(a.who() == null ? "(removed account)" : a.who(), a.what(), time.dateTime(a.when())))
                .toList();
        return Optional.of(new LeadPage(id, time.dateTime(assessment.completedAt()), assessment.source(), assessment.email(),
                assessment.consentVersion(), assessment.consentText(), time.dateTime(assessment.consentedAt()),
                definition.title() + " (version " + definition.version() + ")", assessment.outcome(), answers,
                assessment.leadStatus().name(), Arrays.stream(LeadStatus.values()).map(Enum::name).toList(),
                assessment.notes(), log, saved));
    }

    /** The coach's follow-up of a lead; false when there is no such lead. */
    @Transactional
    boolean followUp(long id, LeadStatus status, String notes) {
        return assessments.updateLead(id, status, notes.strip(), clock.instant());
    }

    /** Erasure on request: the assessment, its answers, result, notes and access log are gone for good. */
    @Transactional
    boolean erase(long id) {
        return assessments.delete(id);
    }

    /** Every lead the filters choose, with its answers, as CSV. */
    @Transactional
    String csv(LeadFilters filters) {
        List<StoredAssessment> found = lookAt("export",
                () -> assessments.finished(filter(filters, settings.current().timeZone()), Integer.MAX_VALUE));
        var out = new StringBuilder(Csv.row("id", "completed_utc", "source", "email", "red_flag", "level", "pain_now",
                "pain_week", "function", "lead_status", "notes", "consent_version", "consented_utc", "questionnaire", "answers"));
        for (StoredAssessment a : found) {
            out.append(Csv.row(a.id(), a.completedAt(), a.source(), a.email(), flagOf(a.outcome()),
                    a.outcome().level() == null ? "" : a.outcome().level().name(), score(a.outcome(), "pain_now"),
                    score(a.outcome(), "pain_week"), score(a.outcome(), "function"), a.leadStatus().name(), a.notes(),
                    a.consentVersion(), a.consentedAt(), a.definitionId() + " v" + a.definitionVersion(),
                    answersText(a)));
        }
        return out.toString();
    }

    /**
     * The one way staff read health data: reads the assessments, then records against each one
     * read who is signed in, why ({@code "list"}, {@code "view"}, {@code "export"}) and when.
     */
    private List<StoredAssessment> lookAt(String why, Supplier<List<StoredAssessment>> reading) {
        List<StoredAssessment> read = reading.get();
        Long who = whoIsSignedIn.currentStaff().map(SignedIn::id).orElse(null);
        assessments.logAccess(read.stream().map(StoredAssessment::id).toList(), who, why, clock.instant());
        return read;
    }

    /** The filters as the repository takes them: whole days in the practice's time zone. */
    private static AssessmentRepository.LeadFilter filter(LeadFilters filters, ZoneId zone) {
        LocalDate from = filters.fromDay();
        LocalDate until = filters.untilDay();
        return new AssessmentRepository.LeadFilter(filters.flag().isEmpty() ? null : filters.flag(),
                filters.level().isEmpty() ? null : filters.level(),
                filters.status().isEmpty() ? null : filters.status(),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static String answersText(StoredAssessment assessment) {
        var parts = new ArrayList<String>();
        assessment.answers().asMap().forEach((item, values) -> parts.add(item + "=" + String.join("|", values)));
        return String.join("; ", parts);
    }

    private static String flagOf(Outcome outcome) {
        return outcome.flags().isEmpty() ? "" : outcome.flags().get(0).urgency().name();
    }

    private static String score(Outcome outcome, String id) {
        return outcome.score(id).map(Results::shown).orElse("");
    }
}
