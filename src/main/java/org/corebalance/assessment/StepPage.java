package org.corebalance.assessment;

import java.util.List;
import java.util.Map;
import org.corebalance.assessment.domain.Answers;
import org.corebalance.assessment.domain.Definition;
import org.corebalance.assessment.domain.Section;
import org.corebalance.shared.PageMeta;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * One step of the assessment.
 *
 * @param action where the step's form posts
 * @param problem what the summary above the questions says when the step came back unaccepted, else null
 * @param state the sealed draft the form carries: the answers so far ({@link DraftSeal})
 * @param csrf the token a signed-in person's form carries, or null for everyone else
 */
public record StepPage(PageMeta meta, String action, int number, int count, String title, String intro,
        List<QuestionView> questions, String problem, boolean canGoBack, boolean last, String state, CsrfToken csrf) {

    /** The page for a section of the questionnaire, with these answers and messages, at the address of the token's step. */
    static StepPage of(Definition definition, Section section, String token, Answers answers, Map<String, String> errors,
            String problem, String state, CsrfToken csrf) {
        int index = definition.sectionIndex(section.id()).getAsInt();
        int count = definition.sections().size();
        var meta = PageMeta.website("Free assessment, step " + (index + 1) + " of " + count + ": " + section.title(),
                "Your free assessment.", null);
        return new StepPage(meta, "/assessment/" + token + "/" + section.id(), index + 1, count, section.title(),
                section.intro(), QuestionView.of(section.items(), answers, errors), problem, index > 0, index == count - 1,
                state, csrf);
    }

    public int percent() {
        return Math.round(100f * (number - 1) / count);
    }
}
