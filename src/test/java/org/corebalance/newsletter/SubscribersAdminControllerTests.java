package org.corebalance.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The owner's subscriber list and export alone: only the owner gets them, and the export is safe for spreadsheets. */
@WebSliceTest
class SubscribersAdminControllerTests {

    private static final Instant SIGNED_UP = Instant.parse("2026-11-24T12:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    NewsletterService newsletter;

    @Test
    void theOwnerSeesEverySubscriber() throws Exception {
        given(newsletter.subscribers(SubscribersAdminController.SHOWN)).willReturn(List.of(
                new Subscriber(1, "rita@example.org", "CONFIRMED", "footer", SIGNED_UP, SIGNED_UP, null)));
        var body = mvc.perform(get("/admin/subscribers").with(user("owner").roles("OWNER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(body).select("td").eachText()).contains("rita@example.org", "footer", "Nov 24, 2026");
    }

    @Test
    void theExportCannotRunFormulasInASpreadsheet() throws Exception {
        given(newsletter.subscribers(Integer.MAX_VALUE)).willReturn(List.of(
                new Subscriber(2, "=cmd@example.org", "PENDING", "page", SIGNED_UP, null, null)));
        var csv = mvc.perform(get("/admin/subscribers.csv").with(user("owner").roles("OWNER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("email,status,source").contains("\"'=cmd@example.org\",\"pending\",\"page\"");
    }

    @Test
    void editorsAndStrangersNeverSeeTheAddresses() throws Exception {
        for (String path : List.of("/admin/subscribers", "/admin/subscribers.csv")) {
            mvc.perform(get(path).with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        }
        verify(newsletter, never()).subscribers(anyInt());
    }
}
