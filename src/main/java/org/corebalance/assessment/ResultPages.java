package org.corebalance.assessment;

import java.util.List;
import org.corebalance.assessment.domain.Outcome;
import org.corebalance.assessment.domain.RaisedFlag;
import org.corebalance.assessment.domain.ScoreResult;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.PageMeta;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Turns a stored result into the page the person sees; the result is shown exactly as it was scored. */
@Component
class ResultPages {

    private static final PageMeta META = PageMeta.website("Your free assessment result", "Your personal result.", null);

    private final MailApi mail;

    ResultPages(MailApi mail) {
        this.mail = mail;
    }

    ResultPage of(StoredAssessment assessment, String token, String copyNotice, String emailValue, String emailError,
            CsrfToken csrf) {
        return page(assessment.outcome(), assessment.email(), assessment.copiesSent(), token, copyNotice, emailValue,
                emailError, csrf, true);
    }

    /** The page for a result just finished, shown to the person whose token it is (no copy sent yet). */
    ResultPage of(Outcome outcome, String token, CsrfToken csrf) {
        return page(outcome, null, 0, token, null, "", null, csrf, true);
    }

    /** A red flag's advice, shown though the assessment could not be stored. */
    ResultPage unkept(Outcome outcome) {
        return page(outcome, null, 0, "", null, "", null, null, false);
    }

    private ResultPage page(Outcome outcome, String email, int copiesSent, String token, String copyNotice, String emailValue,
            String emailError, CsrfToken csrf, boolean kept) {
        List<ResultPage.ScoreView> scores = outcome.stopped() ? List.of() : outcome.scores().stream()
                .filter(score -> score.present() && score.bandLabel() != null)
                .map(ResultPages::score).toList();
        List<ResultPage.GoalView> goals = outcome.goals().stream()
                .map(goal -> new ResultPage.GoalView(goal.activity(), goal.rating())).toList();
        return new ResultPage(META, "/assessment/" + token, outcome.stopped() ? outcome.advice() : null, scores,
                outcome.stopped() ? List.of() : outcome.findings(), outcome.level() == null ? null : outcome.level().label(),
                outcome.stopped() ? List.of() : outcome.exercises(), goals, copyNotice,
                email, copiesSent < AssessmentService.COPIES_PER_RESULT, emailValue == null ? "" : emailValue,
                emailError, csrf, "/trial?assessment=" + token, outcome.flags().stream().map(RaisedFlag::title).toList(),
                kept, mail.deliveryConfigured());
    }

    private static ResultPage.ScoreView score(ScoreResult score) {
        double span = score.max() - score.min();
        int percent = span <= 0 ? 0 : (int) Math.round(100 * (score.value() - score.min()) / span);
        boolean percentage = Results.percentage(score);
        return new ResultPage.ScoreView(score.label(), Results.shown(score), percentage ? null : Results.number(score.max()),
                score.bandLabel(), score.bandMeaning(), Math.max(0, Math.min(100, percent)));
    }
}
