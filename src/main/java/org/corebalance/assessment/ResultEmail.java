package org.corebalance.assessment;

import java.util.Map;
import org.corebalance.assessment.domain.Exercise;
import org.corebalance.assessment.domain.Finding;
import org.corebalance.assessment.domain.Outcome;
import org.corebalance.assessment.domain.ScoreResult;
import org.corebalance.mail.OutgoingMail;

/** The copy of a result a person asks for: the same result, in plain words, with their private link. */
final class ResultEmail {

    private ResultEmail() {
    }

    static OutgoingMail of(Outcome outcome, String to, String link, String practice) {
        var text = new StringBuilder("Here is the result of your free assessment with ").append(practice).append(".\n\n");
        if (outcome.stopped()) {
            text.append(outcome.advice().headline()).append("\n\n").append(outcome.advice().text()).append("\n\n");
        } else {
            for (ScoreResult score : outcome.scores()) {
                if (score.present() && score.bandLabel() != null) {
                    text.append(score.label()).append(": ").append(Results.shown(score)).append(" (")
                            .append(score.bandLabel()).append(")\n");
                }
            }
            if (!outcome.findings().isEmpty()) {
                text.append("\nWhat we would work on:\n");
                for (Finding finding : outcome.findings()) {
                    text.append("- ").append(finding.title()).append(": ").append(finding.text()).append('\n');
                }
            }
            text.append("\nYour starting level in Core Balance Training: ").append(outcome.level().label()).append("\n\n");
            text.append("Three exercises to begin with:\n");
            for (Exercise exercise : outcome.exercises()) {
                text.append("- ").append(exercise.name()).append(": ").append(String.join(" ", exercise.cues())).append('\n');
            }
        }
        text.append("\nSee your whole result again at any time (keep this link private): ").append(link).append('\n')
                .append("\nThis assessment is coaching guidance, not a medical diagnosis. If your pain changes or worries you, see a doctor.\n");
        return new OutgoingMail(to, null, "Your free assessment result", text.toString(), null, Map.of(), "assessment-result");
    }
}
