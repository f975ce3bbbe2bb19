package org.corebalance.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.corebalance.assessment.domain.Answers;
import org.corebalance.assessment.domain.AssessmentDefinitions;
import org.corebalance.assessment.domain.Definition;
import org.corebalance.assessment.domain.Outcome;
import org.corebalance.assessment.domain.RaisedFlag;
import org.corebalance.assessment.domain.Scoring;
import org.corebalance.assessment.domain.Section;
import org.corebalance.assessment.domain.StepCheck;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.SecretTokens;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a person through the assessment: consent starts it, each step is checked and saved, red
 * flags stop it at once (and tell the coach at once), and the last step scores it, once. The
 * private token is known only to the person; only its hash is stored.
 */
@Service
class AssessmentService {

    private final AssessmentRepository assessments;
    private final AssessmentDefinitions definitions;
    private final MailApi mail;
    private final PracticeSettingsService settings;
    private final CoreBalanceProperties properties;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, AssessmentDefinitions definitions, MailApi mail,
            PracticeSettingsService settings, CoreBalanceProperties properties, Clock clock) {
        this.assessments = assessments;
        this.definitions = definitions;
        this.mail = mail;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    Definition current() {
        return definitions.current();
    }

    /** Starts an assessment after consent; returns its private token. */
    @Transactional
    String start(String source) {
        Definition definition = definitions.current();
        String token = SecretTokens.random();
        assessments.insert(SecretTokens.sha256(token), definition.id(), definition.version(),
                definition.sections().get(0).id(), source, clock.instant());
        return token;
    }

    Optional<StoredAssessment> find(String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return assessments.findByTokenHash(SecretTokens.sha256(token));
    }

    Definition definitionOf(StoredAssessment assessment) {
        return definitions.find(assessment.definitionId(), assessment.definitionVersion()).orElseThrow(() ->
                new IllegalStateException("questionnaire " + assessment.definitionId() + " v" + assessment.definitionVersion() + " is not loaded"));
    }

    /** What answering a step led to. */
    sealed interface StepResult {

        /** Values no honest form sends: unknown questions or options, repeated answers. */
        record Tampered() implements StepResult {
        }

        /** A step after the one the person has reached, or a step of an assessment already finished. */
        record OutOfOrder() implements StepResult {
        }

        /** Answers missing or out of range: the step again, with messages. */
        record Invalid(StepCheck check) implements StepResult {
        }

        /** The next step, and every answer so far (to show the step with what was answered before). */
        record Next(Section section, Answers answers) implements StepResult {
        }

        /** Finished, now or by an earlier submit of the same last step. */
        record Finished() implements StepResult {
        }
    }

    @Transactional
    StepResult answer(StoredAssessment assessment, Section section, Map<String, List<String>> submitted) {
        Definition definition = definitionOf(assessment);
        OptionalInt index = definition.sectionIndex(section.id());
        List<Section> sections = definition.sections();
        boolean last = index.getAsInt() == sections.size() - 1;
        if (assessment.finished()) {
            return last || assessment.status() == AssessmentStatus.STOPPED && index.getAsInt() == 0
                    ? new StepResult.Finished() : new StepResult.OutOfOrder();
        }
        if (index.getAsInt() > definition.sectionIndex(assessment.nextSection()).orElse(0)) {
            return new StepResult.OutOfOrder();
        }
        StepCheck check = definition.check(section, assessment.answers(), submitted);
        if (check.tampered()) {
            return new StepResult.Tampered();
        }
        if (!check.ok()) {
            return new StepResult.Invalid(check);
        }
        List<RaisedFlag> flags = definition.flags(check.answers());
        if (!flags.isEmpty()) {
            Outcome outcome = Scoring.score(definition, check.answers());
            if (assessments.finish(assessment.id(), check.answers(), AssessmentStatus.STOPPED, outcome, clock.instant(), true)) {
                alertCoach(assessment.id(), flags.get(0));
            }
            return new StepResult.Finished();
        }
        if (last) {
            assessments.finish(assessment.id(), check.answers(), AssessmentStatus.COMPLETED,
                    Scoring.score(definition, check.answers()), clock.instant(), false);
            return new StepResult.Finished();
        }
        Section next = sections.get(index.getAsInt() + 1);
        int reached = definition.sectionIndex(assessment.nextSection()).orElse(0);
        String nextToAnswer = sections.get(Math.max(reached, index.getAsInt() + 1)).id();
        assessments.saveStep(assessment.id(), check.answers(), nextToAnswer, clock.instant());
        return new StepResult.Next(next, check.answers());
    }

    /** Sends the person their result, to the address they give; it is kept with the lead. */
    @Transactional
    void sendCopy(StoredAssessment assessment, String token, String email) {
        assessments.setEmail(assessment.id(), email, clock.instant());
        mail.send(ResultEmail.of(assessment.outcome(), email, properties.baseUrl() + "/assessment/" + token,
                settings.current().name()));
    }

    /** A red flag tells the coach at once. The e-mail carries no answers: they stay on the server. */
    private void alertCoach(long id, RaisedFlag flag) {
        String when = switch (flag.urgency()) {
            case EMERGENCY -> "emergency care now";
            case TODAY -> "a doctor today";
            case SOON -> "a clinician soon";
        };
        mail.sendToPractice("Red flag in a free assessment: " + when,
                """
                Someone who took the free assessment answered a safety question that calls for %s.
                They were told so, the assessment stopped there and no program was offered.

                Open the lead (sign-in needed; the answers are not in this e-mail): %s/admin/leads/%d
                """.formatted(when, properties.baseUrl(), id),
                Map.of(), "assessment-red-flag");
    }
}
