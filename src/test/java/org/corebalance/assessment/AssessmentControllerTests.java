package org.corebalance.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.corebalance.WebSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corebalance.assessment.domain.Answers;
import org.corebalance.assessment.domain.AssessmentDefinitions;
import org.corebalance.assessment.domain.Definition;
import org.corebalance.assessment.domain.Level;
import org.corebalance.assessment.domain.Outcome;
import org.corebalance.mail.MailApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The assessment's public pages alone: what reaches the service, and which page or piece of one comes back. */
@WebSliceTest
class AssessmentControllerTests {

    private static final Definition DEFINITION = new AssessmentDefinitions().current();
    private static final String TOKEN = "A".repeat(43);
    private static final Draft DRAFT = new Draft(TOKEN, DEFINITION.id(), DEFINITION.version(), ConsentText.VERSION,
            Instant.parse("2026-11-24T12:00:00Z").toEpochMilli(), null, 4, Map.of());
    private static final Outcome RESULT = new Outcome(DEFINITION.id(), DEFINITION.version(), List.of(), Map.of(), List.of(),
            null, List.of(), Level.BUILD, List.of(), List.of());
    private static final StoredAssessment STORED = new StoredAssessment(7, DEFINITION.id(), DEFINITION.version(),
            AssessmentStatus.COMPLETED, Answers.empty(), RESULT, ConsentText.VERSION, ConsentText.TEXT,
            Instant.parse("2026-11-24T12:00:00Z"), null, null, 0, LeadStatus.NEW, "", Instant.parse("2026-11-24T12:00:00Z"),
            Instant.parse("2026-11-24T12:05:00Z"));

    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentService assessments;
    @Autowired
    DraftSeal seal;
    @Autowired
    MailApi mail;

    @BeforeEach
    void aQuestionnaireAndASeal() {
        given(assessments.current()).willReturn(DEFINITION);
        given(assessments.definitionOf(any(Draft.class))).willReturn(Optional.of(DEFINITION));
        given(assessments.start(any())).willReturn(DRAFT);
        given(seal.seal(any())).willReturn("sealed");
        given(seal.open("sealed")).willReturn(Optional.of(DRAFT));
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true");
    }

    @Test
    void anUnknownTokenIsNotFound() throws Exception {
        given(assessments.find(anyString())).willReturn(Optional.empty());

        mvc.perform(get("/assessment/" + TOKEN)).andExpect(status().isNotFound())
                .andExpect(status().reason("There is no such assessment."));
        mvc.perform(post("/assessment/" + TOKEN + "/copy").param("email", "ann@example.org"))
                .andExpect(status().isNotFound());
        verify(assessments, never()).sendCopy(any(), anyString(), anyString(), anyString());
    }

    @Test
    void aStepTheQuestionnaireDoesNotHaveIsNotFoundAndNothingIsAnswered() throws Exception {
        mvc.perform(post("/assessment/" + TOKEN + "/no-such-step").param("state", "sealed").param("pain_now", "3"))
                .andExpect(status().isNotFound()).andExpect(status().reason("There is no such assessment."));
        verify(assessments, never()).answer(any(), any(), any(), anyMap(), anyBoolean(), any());
    }

    @Test
    void answersWithoutTheFormsSealedDraftAreRefusedBeforeTheServiceSeesThem() throws Exception {
        for (String state : List.of("changed-in-the-page", "")) {
            mvc.perform(post("/assessment/" + TOKEN + "/safety").param("state", state).param("bladder_bowel", "no"))
                    .andExpect(status().isBadRequest())
                    .andExpect(status().reason("These answers were not sent by the assessment's form."));
        }
        mvc.perform(post("/assessment/" + TOKEN + "/safety").param("bladder_bowel", "no")).andExpect(status().isBadRequest());
        mvc.perform(post("/assessment/" + "B".repeat(43) + "/safety").param("state", "sealed").param("bladder_bowel", "no"))
                .andExpect(status().isNotFound());
        verify(assessments, never()).definitionOf(any(Draft.class));
        verify(assessments, never()).answer(any(), any(), any(), anyMap(), anyBoolean(), any());
    }

    @Test
    void withoutConsentNothingStarts() throws Exception {
        mvc.perform(post("/assessment").param("source", "/blog/x"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Please tick the box to agree")));
        verify(assessments, never()).start(any());
    }

    @Test
    void aBadAddressForTheCopyGetsAMessageAndNothingIsSent() throws Exception {
        given(assessments.find(TOKEN)).willReturn(Optional.of(STORED));

        mvc.perform(post("/assessment/" + TOKEN + "/copy").param("email", "nope"))
                .andExpect(status().is(422)).andExpect(view().name("assessment/result"))
                .andExpect(content().string(containsString("That doesn't look like an e-mail address.")));
        mvc.perform(post("/assessment/" + TOKEN + "/copy").param("email", "  "))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Please enter your e-mail address.")));
        verify(assessments, never()).sendCopy(any(), anyString(), anyString(), anyString());

        given(assessments.sendCopy(STORED, TOKEN, "ann@example.org", "127.0.0.1")).willReturn(AssessmentService.CopyOutcome.SENT);
        mvc.perform(post("/assessment/" + TOKEN + "/copy").param("email", " ann@example.org "))
                .andExpect(redirectedUrl("/assessment/" + TOKEN + "?copy=sent#copy"));
        verify(assessments).sendCopy(STORED, TOKEN, "ann@example.org", "127.0.0.1");
    }

    @Test
    void aCopyThatMayNotGoIsExplainedAndRefused() throws Exception {
        given(assessments.find(TOKEN)).willReturn(Optional.of(STORED));
        var refusals = Map.of(AssessmentService.CopyOutcome.OTHER_ADDRESS, 409, AssessmentService.CopyOutcome.ENOUGH, 409,
                AssessmentService.CopyOutcome.LIMITED, 429);
        var messages = Map.of(AssessmentService.CopyOutcome.OTHER_ADDRESS, "go only to the address first given",
                AssessmentService.CopyOutcome.ENOUGH, "has been sent twice already",
                AssessmentService.CopyOutcome.LIMITED, "cannot send more e-mails to that address today");
        for (var refusal : refusals.entrySet()) {
            given(assessments.sendCopy(any(), anyString(), anyString(), anyString())).willReturn(refusal.getKey());
            mvc.perform(post("/assessment/" + TOKEN + "/copy").param("email", "ann@example.org"))
                    .andExpect(status().is(refusal.getValue())).andExpect(view().name("assessment/result"))
                    .andExpect(content().string(containsString(messages.get(refusal.getKey()))));
        }
    }

    @Test
    void withHtmxTheFirstStepComesAloneWithItsAddressAndWithoutItComesAsAWholePage() throws Exception {
        mvc.perform(htmx(post("/assessment").param("consent", "yes")))
                .andExpect(status().isOk()).andExpect(view().name("assessment/_step"))
                .andExpect(header().string("HX-Push-Url", "/assessment/" + TOKEN + "/safety"))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("A few safety questions first")));
        mvc.perform(post("/assessment").param("consent", "yes"))
                .andExpect(status().isOk()).andExpect(view().name("assessment/step"))
                .andExpect(header().doesNotExist("HX-Push-Url"))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void withHtmxTheNextStepComesAloneAndWithoutItAsAWholePage() throws Exception {
        given(assessments.answer(eq(DRAFT), eq(DEFINITION), any(), anyMap(), eq(false), any()))
                .willReturn(new AssessmentService.StepResult.Next(DEFINITION.sections().get(1), DRAFT));

        mvc.perform(htmx(post("/assessment/" + TOKEN + "/safety").param("state", "sealed")))
                .andExpect(status().isOk()).andExpect(view().name("assessment/_step"))
                .andExpect(header().string("HX-Push-Url", "/assessment/" + TOKEN + "/pain"));
        mvc.perform(post("/assessment/" + TOKEN + "/safety").param("state", "sealed"))
                .andExpect(status().isOk()).andExpect(view().name("assessment/step"))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void withHtmxTheResultComesInPlaceAndWithoutItByRedirectToItsPrivateAddress() throws Exception {
        given(assessments.answer(eq(DRAFT), eq(DEFINITION), any(), anyMap(), eq(false), any()))
                .willReturn(new AssessmentService.StepResult.Finished(RESULT));

        mvc.perform(htmx(post("/assessment/" + TOKEN + "/goals").param("state", "sealed")))
                .andExpect(status().isOk()).andExpect(view().name("assessment/_result"))
                .andExpect(header().string("HX-Push-Url", "/assessment/" + TOKEN))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Your starting level: Build")));
        mvc.perform(post("/assessment/" + TOKEN + "/goals").param("state", "sealed"))
                .andExpect(redirectedUrl("/assessment/" + TOKEN));
    }

    @Test
    void theResultOffersAnEmailedCopyOnlyWhileEmailIsBeingSent() throws Exception {
        given(assessments.find(TOKEN)).willReturn(Optional.of(STORED));

        given(mail.deliveryConfigured()).willReturn(true);
        Element sending = copyBox("");
        assertThat(sending.text()).contains("bookmark it, or have a copy sent to you");
        assertThat(sending.select("form button").text()).isEqualTo("E-mail me a copy");
        assertThat(copyBox("?copy=sent").select(".notice").text()).isEqualTo("A copy is on its way to your inbox.");

        given(mail.deliveryConfigured()).willReturn(false);
        Element notSending = copyBox("");
        assertThat(notSending.text()).contains("bookmark it to come back to your result").doesNotContain("sent to you");
        assertThat(notSending.select("form")).isEmpty();
        assertThat(copyBox("?copy=sent").select(".notice").text())
                .isEqualTo("Your copy will be sent once the practice has set up its e-mail. Until then, bookmark this page.");
    }

    private Element copyBox(String query) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/assessment/" + TOKEN + query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        return page.selectFirst("#copy");
    }
}
