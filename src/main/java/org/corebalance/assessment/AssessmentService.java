package org.corebalance.assessment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.corebalance.system.FormRateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a person through the assessment: consent starts it, each step is checked, red flags stop it
 * at once, and the last step scores it. Answers so far travel sealed in the person's page ({@link
 * Draft}); the database sees an assessment once, finished, in one insert, published with it as
 * {@link AssessmentCompleted} (so the coach hears of a red flag at once). The private token is
 * known only to the person; only its hash is stored.
 */
@Service
class AssessmentService {

    /** Assessments one network address may finish in ten minutes; more are not stored and get 429. */
    static final int COPIES_PER_RESULT = 2;
    static final int FINISHED_PER_ADDRESS = 30;
    /** How long after consent an unfinished assessment may still be answered. */
    static final Duration KEEP_UNFINISHED = Duration.ofDays(30);

    private final AssessmentRepository assessments;
    private final AssessmentDefinitions definitions;
    private final ResultPages results;
    private final MailApi mail;
    private final CoreBalanceProperties properties;
    private final FormRateLimiter limiter;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, AssessmentDefinitions definitions, ResultPages results,
            MailApi mail, CoreBalanceProperties properties, FormRateLimiter limiter, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.definitions = definitions;
        this.results = results;
        this.mail = mail;
        this.properties = properties;
        this.limiter = limiter;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    Definition current() {
        return definitions.current();
    }

    /** A new assessment after consent, with its private token; nothing is stored until it is finished. */
    Draft start(String source) {
        Definition definition = definitions.current();
        return new Draft(SecretTokens.random(), definition.id(), definition.version(), ConsentText.VERSION,
                clock.millis(), source, 0, Map.of());
    }

    /** Whether the assessment with this token is finished and stored, without reading it. */
    boolean isStored(String token) {
        return SecretTokens.plausible(token) && assessments.exists(SecretTokens.sha256(token));
    }

    Optional<StoredAssessment> find(String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return assessments.findByTokenHash(SecretTokens.sha256(token));
    }

    /**
     * The questionnaire a draft is answering, or empty when the draft cannot go on: the questionnaire
     * is no longer offered, the consent text has changed since, or it was started over 30 days ago.
     */
    Optional<Definition> definitionOf(Draft draft) {
        if (draft.consented().plus(KEEP_UNFINISHED).isBefore(clock.instant()) || !draft.consentVersion().equals(ConsentText.VERSION)) {
            return Optional.empty();
        }
        return definitions.find(draft.definitionId(), draft.definitionVersion());
    }

    /** What answering a step led to. */
    sealed interface StepResult {

        /** Values no honest form sends: unknown questions or options, repeated answers. */
        record Tampered() implements StepResult {
        }

        /** A step after the one the person has reached. */
        record OutOfOrder() implements StepResult {
        }

        /** Answers missing or out of range: the step again, with messages. */
        record Invalid(StepCheck check) implements StepResult {
        }

        /** The step to show next, and the draft that carries every answer so far. */
        record Next(Section section, Draft draft) implements StepResult {
        }

        /** Too many assessments were finished from the person's network address just now: nothing was stored. */
        record TooMany(Answers answers) implements StepResult {
        }

        /**
         * Stopped by a red flag while the network address was over its limit: the advice is shown all
         * the same (red flags win), but nothing is stored and the coach is not told.
         */
        record StoppedUnkept(Outcome outcome) implements StepResult {
        }

        /** Finished and stored now, with this result. */
        record Finished(Outcome outcome) implements StepResult {
        }

        /** Finished by an earlier submit of the same last step, which stored its result. */
        record FinishedBefore() implements StepResult {
        }
    }

    /**
     * Answers one step of a draft. A red flag, or the last step, finishes the assessment: it is
     * scored and stored, once (the token's hash is unique, so a double submit stores nothing more).
     * {@code back} keeps the step's acceptable answers, whatever is missing, and goes to the step before.
     */
    StepResult answer(Draft draft, Definition definition, Section section, Map<String, List<String>> submitted,
            boolean back, String address) {
        List<Section> sections = definition.sections();
        int index = definition.sectionIndex(section.id()).getAsInt();
        if (index > draft.reached()) {
            return new StepResult.OutOfOrder();
        }
        String tokenHash = SecretTokens.sha256(draft.token());
        // Back at the start of one already stored (say, stopped by a red flag): its stored result stands.
        if (index == 0 && assessments.exists(tokenHash)) {
            return new StepResult.FinishedBefore();
        }
        StepCheck check = definition.check(section, draft.given(), submitted);
        if (check.tampered()) {
            return new StepResult.Tampered();
        }
        if (back) {
            return new StepResult.Next(sections.get(Math.max(0, index - 1)), draft.with(check.answers(), index));
        }
        if (!check.ok()) {
            return new StepResult.Invalid(check);
        }
        List<RaisedFlag> flags = definition.flags(check.answers());
        if (flags.isEmpty() && index < sections.size() - 1) {
            return new StepResult.Next(sections.get(index + 1), draft.with(check.answers(), index + 1));
        }
        Outcome outcome = Scoring.score(definition, check.answers());
        AssessmentStatus status = flags.isEmpty() ? AssessmentStatus.COMPLETED : AssessmentStatus.STOPPED;
        try {
            return transaction.execute(tx -> {
                if (!limiter.allow("assessment", address, FINISHED_PER_ADDRESS, Duration.ofMinutes(10))) {
                    return flags.isEmpty() ? new StepResult.TooMany(check.answers()) : new StepResult.StoppedUnkept(outcome);
                }
                long id = assessments.insertFinished(tokenHash, draft, status, check.answers(), outcome, clock.instant());
                events.publishEvent(new AssessmentCompleted(id, status == AssessmentStatus.STOPPED));
                return new StepResult.Finished(outcome);
            });
        } catch (DuplicateKeyException storedAlready) {
            // The same last step sent twice: the first one stored it (and told the coach if it had to); this one counts for nothing.
            return new StepResult.FinishedBefore();
        }
    }

    /**
     * Sends the person their result, to the address they give (and only there: it is health data).
     * The first address given is kept with the lead, and copies go only there, at most
     * {@value #COPIES_PER_RESULT} (the second for one that went astray); a result for another
     * address needs a new assessment. Within the site's limits on mail to typed addresses.
     */
    @Transactional
    CopyOutcome sendCopy(StoredAssessment assessment, String token, String email, String clientAddress) {
        if (assessment.email() != null && !assessment.email().equalsIgnoreCase(email)) {
            return CopyOutcome.OTHER_ADDRESS;
        }
        if (assessment.copiesSent() >= COPIES_PER_RESULT) {
            return CopyOutcome.ENOUGH;
        }
        var copy = new ResultMail(results.of(assessment.outcome(), token, null), properties.baseUrl() + "/assessment/" + token);
        if (!mail.sendToVisitor(clientAddress, null, email, null, "assessment/mail/result", copy, "assessment-result", Map.of())) {
            return CopyOutcome.LIMITED;
        }
        if (!assessments.countCopy(assessment.id(), email, COPIES_PER_RESULT, clock.instant())) {
            // Another click counted the last copy a moment ago: this one is not queued.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return CopyOutcome.ENOUGH;
        }
        return CopyOutcome.SENT;
    }

    /** What became of a request for a copy. */
    enum CopyOutcome {
        SENT, OTHER_ADDRESS, ENOUGH, LIMITED
    }
}
