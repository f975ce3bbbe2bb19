package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corebalance.membership.SlicePages.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.util.Optional;
import org.corebalance.system.SetupState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The one-time setup alone. The page is open to all by the web rules and decides itself: it
 * answers only while the practice has no owner (a mock here), and 404 once it has.
 */
@WebSliceTest
class SetupControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts staff;
    @Autowired
    SetupState setup;

    private static MockHttpServletRequestBuilder setUp(String email, String password, String practiceName, String timeZone) {
        return post("/admin/setup").param("ownerName", "Cora Coach").param("email", email).param("password", password)
                .param("practiceName", practiceName).param("city", "Dana Point, California")
                .param("contactEmail", "hello@cora.test").param("timeZone", timeZone).with(csrf());
    }

    /** Every test but the last is about the first run, before the owner exists. */
    @BeforeEach
    void notSetUpYet() {
        given(setup.isComplete()).willReturn(false);
    }

    @Test
    void beforeTheOwnerExistsAnyoneSeesTheForm() throws Exception {
        var form = page(mvc.perform(get("/admin/setup")).andExpect(status().isOk()));
        assertThat(form.selectFirst("h1").text()).isEqualTo("Set up your practice");
    }

    @Test
    void badFieldsAreRefusedWithAMessageEachAndNothingIsCreated() throws Exception {
        var refused = mvc.perform(setUp("not-an-email", "calm core, steady breath", "", "Mars/Olympus_Mons"))
                .andExpect(status().isUnprocessableContent());
        assertThat(page(refused).select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        assertThat(page(refused).select("#practiceName-error").text()).isEqualTo("Please enter the practice's name.");
        assertThat(page(refused).select("#timeZone-error").text()).isEqualTo("Please choose a time zone from the list.");
        assertThat(page(refused).selectFirst("#ownerName").attr("value")).isEqualTo("Cora Coach");
        verify(staff, never()).setUp(any());
    }

    @Test
    void aPasswordThePolicyRefusesIsSaidAndNotShownAgain() throws Exception {
        given(staff.passwordProblem("password1234", "cora@corebalance.test"))
                .willReturn(Optional.of("That password is one of the most common ones; choose another."));
        var weak = mvc.perform(setUp("cora@corebalance.test", "password1234", "Cora's Core", "America/Los_Angeles"))
                .andExpect(status().isUnprocessableContent());
        assertThat(page(weak).select("#password-error").text()).contains("most common");
        assertThat(page(weak).selectFirst("#password").attr("value")).isEmpty();
        verify(staff, never()).setUp(any());
    }

    @Test
    void aGoodSetupCreatesTheOwnerAndSendsThemToSignIn() throws Exception {
        mvc.perform(setUp("cora@corebalance.test", "calm core, steady breath", "Cora's Core", "America/Los_Angeles"))
                .andExpect(redirectedUrl("/login"));
        verify(staff).setUp(new SetupForm("Cora Coach", "cora@corebalance.test", "calm core, steady breath", "Cora's Core",
                "Dana Point, California", "hello@cora.test", "America/Los_Angeles"));
    }

    @Test
    void onceThePracticeIsSetUpThePageIsGone() throws Exception {
        given(setup.isComplete()).willReturn(true);
        mvc.perform(get("/admin/setup")).andExpect(status().isNotFound());
        mvc.perform(setUp("mallory@example.com", "a long enough passphrase", "X", "Europe/London"))
                .andExpect(status().isNotFound());
        verify(staff, never()).setUp(any());
    }
}
