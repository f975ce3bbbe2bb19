package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corebalance.membership.SlicePages.page;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** An invited editor choosing a password, alone: a dead link, and a password refused before anything is set. */
@WebSliceTest
class InvitationControllerTests {

    private static final String TOKEN = "Cd-8_wVu";
    private static final String GOOD = "ivy writes calm articles";
    private static final Account IVY = new Account(3, "ivy@corebalance.test", "Ivy Invited", null, StaffRole.EDITOR,
            Instant.parse("2026-11-24T12:00:00Z"));

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    StaffAccounts staff;

    private ResultActions accept(String password, String confirmation) throws Exception {
        return mvc.perform(NewPasswordForms.post("/invitation", TOKEN, password, confirmation));
    }

    @Test
    void theLinkShowsWhoseAccountItIs() throws Exception {
        given(invitations.invited(TOKEN)).willReturn(Optional.of(IVY));
        var form = page(mvc.perform(get("/invitation").param("token", TOKEN)).andExpect(status().isOk()));
        assertThat(form.selectFirst("h1").text()).isEqualTo("Choose your password");
        assertThat(form.selectFirst(".lead").text()).contains("ivy@corebalance.test");
    }

    @Test
    void anUnknownExpiredOrUsedInvitationIsGone() throws Exception {
        given(invitations.invited(anyString())).willReturn(Optional.empty());
        var gone = mvc.perform(get("/invitation").param("token", "nonsense")).andExpect(status().isGone());
        assertThat(page(gone).selectFirst("h1").text()).isEqualTo("This link no longer works");
        accept(GOOD, GOOD).andExpect(status().isGone());
        verify(invitations, never()).accept(anyString(), anyString());
    }

    @Test
    void aPasswordThePolicyRefusesOrTypedDifferentlyIsNotSet() throws Exception {
        given(invitations.invited(TOKEN)).willReturn(Optional.of(IVY));
        given(staff.passwordProblem("ivy", "ivy@corebalance.test")).willReturn(Optional.of("Use at least 12 characters."));
        var weak = accept("ivy", "ivy").andExpect(status().isUnprocessableContent());
        assertThat(page(weak).select("#password-error").text()).isEqualTo("Use at least 12 characters.");
        var mismatch = accept(GOOD, GOOD + "!").andExpect(status().isUnprocessableContent());
        assertThat(page(mismatch).select("#confirmation-error").text()).isEqualTo("The two passwords are not the same.");
        verify(invitations, never()).accept(anyString(), anyString());
    }

    @Test
    void aGoodPasswordIsSetAndTheEditorSentToSignIn() throws Exception {
        given(invitations.invited(TOKEN)).willReturn(Optional.of(IVY));
        given(invitations.accept(TOKEN, GOOD)).willReturn(true);
        accept(GOOD, GOOD).andExpect(redirectedUrl("/login"));
    }
}
