package org.corebalance.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corebalance.mail.RenderedMails.HOSTILE;

import java.util.List;
import java.util.Map;
import org.corebalance.assessment.domain.Exercise;
import org.corebalance.assessment.domain.Finding;
import org.corebalance.assessment.domain.Goal;
import org.corebalance.assessment.domain.Level;
import org.corebalance.assessment.domain.Outcome;
import org.corebalance.assessment.domain.RaisedFlag;
import org.corebalance.assessment.domain.ScoreResult;
import org.corebalance.assessment.domain.Urgency;
import org.corebalance.assessment.domain.UrgencyAdvice;
import org.corebalance.mail.MailApi;
import org.corebalance.mail.RenderedMails;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Every e-mail of the assessment module. What a stranger types (the address left for a copy) is
 * hostile here, and so is the questionnaire's wording, which the owner edits.
 */
class AssessmentMailsTests {

    private static final String LINK = "https://corebalance.example/assessment/Tok3n";
    private static final Outcome RESULT = new Outcome("core-balance", 1,
            List.of(new ScoreResult("pain_now", "Pain right now", 4.0, 0, 10, "Moderate", HOSTILE),
                    new ScoreResult("function", HOSTILE, 31.25, 0, 100, HOSTILE, null),
                    new ScoreResult("unscored", "Left unanswered", null, 0, 10, null, null)),
            Map.of(), List.of(), null, List.of(new Finding("sitting", HOSTILE, "Long hours of sitting.")), Level.BUILD,
            List.of(new Exercise("Dead bug", "Core control.", List.of("Back flat.", HOSTILE)),
                    new Exercise("Bridge", "Hips.", List.of("Squeeze.")), new Exercise("Bird dog", "Balance.", List.of("Slow."))),
            List.of(new Goal("goal_1", "Walking", 4)));
    private static final Outcome STOPPED = new Outcome("core-balance", 1, List.of(), Map.of(),
            List.of(new RaisedFlag("bladder", Urgency.EMERGENCY, "New bladder changes")),
            new UrgencyAdvice(Urgency.EMERGENCY, "Please get emergency care now", HOSTILE), List.of(), null, List.of(),
            List.of());

    private static ResultMail copyOf(Outcome outcome) {
        return new ResultMail(new ResultPages(Mockito.mock(MailApi.class)).of(outcome, "Tok3n", null), LINK);
    }

    @Test
    void theResultCopyHasTheScoresContributorsLevelExercisesAndThePrivateLink() {
        var mail = RenderedMails.render("assessment/mail/result", copyOf(RESULT));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("Your free assessment result");
        String hostile = HOSTILE.replace("\r\n", " ");
        assertThat(mail.text())
                .startsWith("Here is the result of your free assessment with Core <b>Balance</b>.")
                .contains("- Pain right now: 4 of 10 (Moderate)\n", "- " + hostile + ": 31% (" + hostile + ")\n")
                .doesNotContain("Left unanswered")
                .contains("What we would work on:\n\n- " + hostile + ": Long hours of sitting.")
                .contains("Your starting level in Core Balance Training: Build")
                .contains("- Dead bug: Back flat. " + hostile + "\n")
                .contains("See your whole result <" + LINK + ">")
                .contains("not a medical diagnosis");
        assertThat(Jsoup.parse(mail.html()).select("a[href=" + LINK + "]").text()).isEqualTo("See your whole result");
    }

    @Test
    void aStoppedResultCopyGivesTheAdviceAndNoProgram() {
        var mail = RenderedMails.render("assessment/mail/result", copyOf(STOPPED));
        RenderedMails.assertSafe(mail);
        assertThat(mail.text()).contains("Please get emergency care now\n\n" + HOSTILE.replace("\r\n", " "))
                .contains("See your whole result <" + LINK + ">")
                .doesNotContain("starting level", "exercises", "New bladder changes");
    }

    @Test
    void theCoachHearsOfARedFlagWithoutTheAnswers() {
        var mail = RenderedMails.render("assessment/mail/red-flag",
                new RedFlagMail("a doctor today", "https://corebalance.example/admin/leads/42"));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("Red flag in a free assessment: a doctor today");
        assertThat(mail.text()).startsWith("Someone who took the free assessment answered a safety question that calls for "
                        + "a doctor today. They were told so, the assessment stopped there and no program was offered.")
                .contains("Open the lead <https://corebalance.example/admin/leads/42>");
    }

    @Test
    void theDigestListsEachNewLeadWithTheAddressItLeft() {
        var mail = RenderedMails.render("assessment/mail/new-leads", new NewLeadsMail(List.of(
                new NewLeadsMail.Lead("https://corebalance.example/admin/leads/7", HOSTILE),
                new NewLeadsMail.Lead("https://corebalance.example/admin/leads/8", null)),
                "https://corebalance.example/admin/leads"));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("2 new leads from the free assessment");
        assertThat(mail.text()).startsWith("2 people finished the free assessment:")
                .contains("- https://corebalance.example/admin/leads/7 (" + HOSTILE.replace("\r\n", " ") + ")\n")
                .contains("- https://corebalance.example/admin/leads/8\n")
                .contains("See all leads <https://corebalance.example/admin/leads>");
    }

    @Test
    void aDigestOfOneLeadSaysSo() {
        var mail = RenderedMails.render("assessment/mail/new-leads", new NewLeadsMail(List.of(
                new NewLeadsMail.Lead("https://corebalance.example/admin/leads/9", null)), "https://corebalance.example/admin/leads"));
        RenderedMails.assertSafe(mail);
        assertThat(mail.subject()).isEqualTo("A new lead from the free assessment");
        assertThat(mail.text()).startsWith("One person finished the free assessment:");
    }
}
