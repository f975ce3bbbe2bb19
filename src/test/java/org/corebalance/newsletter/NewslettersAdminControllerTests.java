package org.corebalance.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.time.Instant;
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.system.Htmx;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The owner's newsletter editor alone: refused input, the preview with and without htmx, and who may send. */
@WebSliceTest
class NewslettersAdminControllerTests {

    private static final SignedIn OWNER = new SignedIn(1, "Olivia Owner", "owner@corebalance.test", SignedIn.Role.OWNER);
    private static final Newsletter DRAFT = new Newsletter(7, "Breathing week", "Breathe **low**.", "DRAFT", null);
    private static final Newsletter SENT = new Newsletter(8, "Bridge week", "Glutes first.", "SENT",
            Instant.parse("2026-11-24T12:00:00Z"));

    @Autowired
    MockMvc mvc;
    @Autowired
    NewsletterEditing editing;
    @Autowired
    NewsletterSending sending;
    @Autowired
    MailApi mail;
    /** Answers {@code currentStaff()} from {@code current()}, as the interface does. */
    @Autowired
    WhoIsSignedIn whoIsSignedIn;

    @BeforeEach
    void twoNewslettersAreStored() {
        given(editing.preview(any())).willReturn("");
        given(editing.find(DRAFT.id())).willReturn(Optional.of(DRAFT));
        given(editing.find(SENT.id())).willReturn(Optional.of(SENT));
    }

    private ResultActions asOwner(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("owner").roles("OWNER")).with(csrf()));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void aNewsletterWithoutSubjectOrTextIsNotSavedAndSaysWhy() throws Exception {
        var empty = asOwner(post("/admin/newsletters").param("subject", " ").param("body", ""))
                .andExpect(status().isUnprocessableContent());
        assertThat(page(empty).select("#subject-error").text()).isEqualTo("Please give it a subject line.");
        assertThat(page(empty).select("#body-error").text()).isEqualTo("The newsletter has no text yet.");

        var twoLines = asOwner(post("/admin/newsletters").param("subject", "Breathing\r\nBcc: x@example.org").param("body", "Text"))
                .andExpect(status().isUnprocessableContent());
        assertThat(page(twoLines).select("#subject-error").text()).isEqualTo("Keep the subject on one line.");

        asOwner(post("/admin/newsletters/7").param("subject", "x".repeat(201)).param("body", "Text"))
                .andExpect(status().isUnprocessableContent());
        verify(editing, never()).create(any());
        verify(editing, never()).update(anyLong(), any());
    }

    @Test
    void aSavedDraftGoesToTheServiceAndBackToItsPage() throws Exception {
        given(editing.create(new NewsletterForm("Breathing week", "Breathe."))).willReturn(7L);
        asOwner(post("/admin/newsletters").param("subject", "Breathing week").param("body", "Breathe."))
                .andExpect(redirectedUrl("/admin/newsletters/7"));

        given(editing.update(7, new NewsletterForm("Breathing week", "Breathe low."))).willReturn(true);
        asOwner(post("/admin/newsletters/7").param("subject", "Breathing week").param("body", "Breathe low."))
                .andExpect(redirectedUrl("/admin/newsletters/7")).andExpect(flash().attribute("notice", "Saved."));
    }

    @Test
    void aSentNewsletterCannotChange() throws Exception {
        var refused = asOwner(post("/admin/newsletters/8").param("subject", "Changed").param("body", "Changed."))
                .andExpect(status().isConflict());
        assertThat(page(refused).select("#log-heading").text()).isEqualTo("Send log");
        verify(editing, never()).update(anyLong(), any());

        given(editing.update(7, new NewsletterForm("Changed", "Changed."))).willReturn(false);
        var sentMeanwhile = asOwner(post("/admin/newsletters/7").param("subject", "Changed").param("body", "Changed."))
                .andExpect(status().isConflict());
        assertThat(page(sentMeanwhile).select("#subject-error").text()).isEqualTo("This newsletter was sent already; it cannot change.");
    }

    @Test
    void anUnknownNewsletterIsNotFoundAndNothingIsSent() throws Exception {
        asOwner(get("/admin/newsletters/99")).andExpect(status().isNotFound());
        asOwner(post("/admin/newsletters/99").param("subject", "S").param("body", "B")).andExpect(status().isNotFound());
        asOwner(post("/admin/newsletters/99/test")).andExpect(status().isNotFound());
        asOwner(post("/admin/newsletters/99/send")).andExpect(status().isNotFound());
        verify(sending, never()).sendTest(anyLong(), anyString());
        verify(sending, never()).send(anyLong());
    }

    @Test
    void withHtmxThePreviewAnswersWithThePreviewAlone() throws Exception {
        given(editing.preview("Breathe **low**.")).willReturn("<p>Breathe <strong>low</strong>.</p>");
        var partial = asOwner(post("/admin/newsletters/preview").param("body", "Breathe **low**.")
                .header(Htmx.REQUEST_HEADER, "true")).andExpect(status().isOk());
        String body = partial.andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("<html", "<form");
        assertThat(Jsoup.parseBodyFragment(body).select(".prose strong").text()).isEqualTo("low");
    }

    @Test
    void withoutHtmxThePreviewIsTheWholeEditorWithTheTextAsTyped() throws Exception {
        given(editing.preview("Breathe **low**.")).willReturn("<p>Breathe <strong>low</strong>.</p>");
        var whole = asOwner(post("/admin/newsletters/preview").param("id", "7").param("subject", "Breathing week")
                .param("body", "Breathe **low**.")).andExpect(status().isOk());
        var editor = page(whole);
        assertThat(editor.select("form.editor").attr("action")).isEqualTo("/admin/newsletters/7");
        assertThat(editor.select("textarea#body").text()).isEqualTo("Breathe **low**.");
        assertThat(editor.select("#preview .prose strong").text()).isEqualTo("low");
    }

    @Test
    void aTestCopyGoesToTheOwnerSignedIn() throws Exception {
        given(whoIsSignedIn.current()).willReturn(Optional.of(OWNER));
        given(mail.deliveryConfigured()).willReturn(true);
        asOwner(post("/admin/newsletters/7/test")).andExpect(redirectedUrl("/admin/newsletters/7"))
                .andExpect(flash().attribute("notice", "A test copy is on its way to owner@corebalance.test."));
        verify(sending).sendTest(7, "owner@corebalance.test");
    }

    @Test
    void withoutAnSmtpServerTheTestCopyAndTheSendingAreSaidToWaitInTheOutbox() throws Exception {
        given(whoIsSignedIn.current()).willReturn(Optional.of(OWNER));
        given(mail.deliveryConfigured()).willReturn(false);
        given(sending.send(7)).willReturn(12);
        asOwner(post("/admin/newsletters/7/test")).andExpect(flash().attribute("notice",
                "A test copy for owner@corebalance.test waits in the Outbox, since e-mail is not being sent yet; you can read it there."));
        asOwner(post("/admin/newsletters/7/send")).andExpect(flash().attribute("notice",
                "Ready for 12 subscribers. E-mail is not being sent yet, so it waits in the Outbox and goes out once an SMTP server is set up."));
        verify(sending).sendTest(7, "owner@corebalance.test");
    }

    @Test
    void editorsCannotOpenWriteOrSendNewsletters() throws Exception {
        var editor = user("editor").roles("EDITOR");
        mvc.perform(get("/admin/newsletters").with(editor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/newsletters/7").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/newsletters").param("subject", "S").param("body", "B").with(editor).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/newsletters/7/test").with(editor).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/newsletters/7/send").with(editor).with(csrf())).andExpect(status().isForbidden());
        verifyNoInteractions(sending);
        verify(editing, never()).create(any());
    }
}
