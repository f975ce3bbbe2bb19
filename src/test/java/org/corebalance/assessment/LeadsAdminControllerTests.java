package org.corebalance.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.corebalance.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The leads pages alone: only the owner gets in, bad filters and follow-ups never reach {@link Leads}. */
@WebSliceTest
class LeadsAdminControllerTests {

    private static final RequestPostProcessor OWNER = user("owner@corebalance.example").roles("OWNER");

    @Autowired
    MockMvc mvc;
    @Autowired
    Leads leads;

    @Test
    void filtersThatCannotBeReadAreRefusedWithTheReasonAndNothingIsRead() throws Exception {
        for (String[] bad : new String[][] {{"flag", "GIANT", "Unknown red-flag filter."}, {"level", "GIANT", "Unknown level."},
                {"status", "LOST", "Unknown status."},
                {"from", "yesterday", "Please give dates as year-month-day, e.g. 2026-11-24."},
                {"until", "2026-13-01", "Please give dates as year-month-day, e.g. 2026-11-24."}}) {
            mvc.perform(get("/admin/leads").param(bad[0], bad[1]).with(OWNER))
                    .andExpect(status().isBadRequest()).andExpect(view().name("assessment/leads"))
                    .andExpect(content().string(containsString(bad[2])));
            mvc.perform(get("/admin/leads.csv").param(bad[0], bad[1]).with(OWNER))
                    .andExpect(status().isBadRequest()).andExpect(status().reason(bad[2]));
        }
        verifyNoInteractions(leads);
    }

    @Test
    void theListAsksForTheFiltersAsTyped() throws Exception {
        var filters = new LeadFilters("TODAY", "", "", "2026-11-01", "");
        given(leads.list(filters, false)).willReturn(LeadsPage.of(filters, List.of(new LeadsPage.Row(42, "Nov 24, 2026, 4:00 AM PST",
                "TODAY", "", "", "", "New", "/blog/bridge", "")), null, false));

        mvc.perform(get("/admin/leads").param("flag", "TODAY").param("from", "2026-11-01").with(OWNER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/leads/42\"")))
                .andExpect(content().string(containsString("/admin/leads.csv?flag=TODAY&amp;level=&amp;status=&amp;from=2026-11-01&amp;until=")));
    }

    @Test
    void theCsvComesFromTheServiceAsTextCsv() throws Exception {
        given(leads.csv(new LeadFilters("none", "BUILD", "", "", ""))).willReturn("\"id\"\r\n\"42\"\r\n");

        mvc.perform(get("/admin/leads.csv").param("flag", "none").param("level", "BUILD").with(OWNER))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("leads.csv")))
                .andExpect(content().string("\"id\"\r\n\"42\"\r\n"));
    }

    @Test
    void aFollowUpWithAnUnknownStatusOrTooLongNotesIsRefusedBeforeTheServiceSeesIt() throws Exception {
        mvc.perform(post("/admin/leads/42").param("status", "BOSS").with(OWNER).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(status().reason("Unknown status."));
        mvc.perform(post("/admin/leads/42").param("status", "CONTACTED").param("notes", "x".repeat(4001)).with(OWNER).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(status().reason("Notes are limited to 4,000 characters."));
        verify(leads, never()).followUp(anyLong(), any(), anyString());

        given(leads.followUp(42, LeadStatus.CONTACTED, "Called.")).willReturn(true);
        mvc.perform(post("/admin/leads/42").param("status", "CONTACTED").param("notes", "Called.").with(OWNER).with(csrf()))
                .andExpect(redirectedUrl("/admin/leads/42?saved"));
    }

    @Test
    void aLeadThatIsNotThereIsNotFound() throws Exception {
        given(leads.lead(anyLong(), anyBoolean())).willReturn(Optional.empty());
        mvc.perform(get("/admin/leads/404").with(OWNER)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/leads/404").param("status", "NEW").with(OWNER).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/leads/404/delete").with(OWNER).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/leads/not-a-number").with(OWNER)).andExpect(status().isBadRequest());
    }

    @Test
    void anEditorIsForbiddenAndNobodyElseGetsIn() throws Exception {
        var editor = user("editor@corebalance.example").roles("EDITOR");
        for (String path : List.of("/admin/leads", "/admin/leads.csv", "/admin/leads/42")) {
            mvc.perform(get(path).with(editor)).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(header().string("Location", endsWith("/login")));
        }
        mvc.perform(post("/admin/leads/42/delete").with(editor).with(csrf())).andExpect(status().isForbidden());
        verifyNoInteractions(leads);
    }
}
