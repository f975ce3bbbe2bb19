package org.corebalance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The outbox page's controller alone: the owner reads every message; nobody else reads any. */
@WebSliceTest
class OutboxAdminControllerTests {

    private static final RequestPostProcessor OWNER = user("owner@example.org").roles("OWNER");
    private static final OutboxEntry RESET = new OutboxEntry(5, "sam@example.org", "Reset your password", "password-reset",
            OutboxStatus.PENDING, 0, Instant.parse("2026-11-24T12:00:00Z"), null, null, null,
            "Open https://corebalance.example/reset/secret <b>now</b>", "<p>html</p>", null);

    @Autowired
    MockMvc mvc;
    @Autowired
    MailApi mail;

    @Test
    void theOwnerReadsTheListAndAMessageInFullWithItsTextEscaped() throws Exception {
        given(mail.recent(anyInt())).willReturn(List.of(RESET));
        given(mail.find(5)).willReturn(Optional.of(RESET));

        String list = mvc.perform(get("/admin/outbox").with(OWNER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(list).text()).contains("Reset your password", "sam@example.org");
        assertThat(Jsoup.parse(list).text()).contains("No SMTP server is set up");

        String message = mvc.perform(get("/admin/outbox/5").with(OWNER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(message).select(".message-text").text()).isEqualTo(RESET.text());
        assertThat(message).doesNotContain("<b>now</b>");
    }

    @Test
    void aMessageThatIsNotInTheOutboxIsNotFound() throws Exception {
        given(mail.find(anyLong())).willReturn(Optional.empty());
        mvc.perform(get("/admin/outbox/404").with(OWNER)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/outbox/not-a-number").with(OWNER)).andExpect(status().isNotFound());
    }

    @Test
    void anEditorIsRefusedEveryMessageWithoutTheOutboxBeingRead() throws Exception {
        RequestPostProcessor editor = user("editor@example.org").roles("EDITOR");
        mvc.perform(get("/admin/outbox").with(editor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox/5").with(editor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox/5")).andExpect(status().isFound());
        verifyNoInteractions(mail);
    }
}
