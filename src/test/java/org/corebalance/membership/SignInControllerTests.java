package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corebalance.membership.SlicePages.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.util.Optional;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The sign-in page and changing one's password, alone: what each says, and what never reaches the accounts. */
@WebSliceTest
class SignInControllerTests {

    private static final SignedIn EDITOR = new SignedIn(2, "Eddie Editor", "eddie@corebalance.test", SignedIn.Role.EDITOR);
    private static final String NEW_PASSWORD = "a brand new passphrase for me";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts staff;
    /** Answers {@code currentStaff()} from {@code current()}, as the interface does. */
    @Autowired
    WhoIsSignedIn whoIsSignedIn;

    private void editorSignedIn() {
        given(whoIsSignedIn.current()).willReturn(Optional.of(EDITOR));
    }

    private ResultActions changePassword(String current, String password, String confirmation) throws Exception {
        editorSignedIn();
        return mvc.perform(post("/admin/password").param("currentPassword", current).param("newPassword", password)
                .param("confirmation", confirmation).with(user("eddie@corebalance.test").roles("EDITOR")).with(csrf()));
    }

    @Test
    void aFailedSignInSaysTheSameForAnyReasonButThrottling() throws Exception {
        var wrong = mvc.perform(get("/login").param("error", "")).andExpect(status().isOk());
        assertThat(page(wrong).select(".error-summary").text()).isEqualTo("That e-mail and password don't match an account.");

        var throttled = mvc.perform(get("/login").param("error", "")
                .sessionAttr(WebAttributes.AUTHENTICATION_EXCEPTION, new SignInThrottledException())).andExpect(status().isOk());
        assertThat(page(throttled).select(".error-summary").text())
                .isEqualTo("Too many failed sign-ins. Please wait 15 minutes and try again.");
    }

    @Test
    void nobodyCanPutTheirOwnWordsOnTheSignInPage() throws Exception {
        var page = page(mvc.perform(get("/login").param("notice", "Your account is locked, call 555-0100")));
        assertThat(page.select(".notice")).isEmpty();
        assertThat(page.text()).doesNotContain("555-0100");
    }

    @Test
    void someoneSignedInAlreadyGoesToTheDashboard() throws Exception {
        editorSignedIn();
        mvc.perform(get("/login")).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void emptyFieldsAreRefusedWithAMessageEachAndThePasswordStays() throws Exception {
        var empty = changePassword("", "", "").andExpect(status().isUnprocessableContent());
        assertThat(page(empty).select("#currentPassword-error").text()).isEqualTo("Please enter your current password.");
        assertThat(page(empty).select("#newPassword-error").text()).isEqualTo("Please choose a new password.");
        assertThat(page(empty).select("#confirmation-error").text()).isEqualTo("Please type the new password again.");
        verify(staff, never()).changePassword(anyLong(), any(), any(), any());
    }

    @Test
    void aPasswordThePolicyRefusesOrTypedDifferentlyTwiceIsNotSet() throws Exception {
        given(staff.passwordProblem("short", "eddie@corebalance.test")).willReturn(Optional.of("Use at least 12 characters."));
        var weak = changePassword("the current one", "short", "short").andExpect(status().isUnprocessableContent());
        assertThat(page(weak).select("#newPassword-error").text()).isEqualTo("Use at least 12 characters.");

        var mismatch = changePassword("the current one", NEW_PASSWORD, NEW_PASSWORD + "!").andExpect(status().isUnprocessableContent());
        assertThat(page(mismatch).select("#confirmation-error").text()).isEqualTo("The two new passwords are not the same.");
        verify(staff, never()).changePassword(anyLong(), any(), any(), any());
    }

    @Test
    void aWrongCurrentPasswordIsSaidNextToItsField() throws Exception {
        given(staff.changePassword(anyLong(), anyString(), anyString(), anyString())).willReturn(false);
        var wrong = changePassword("not it at all", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isUnprocessableContent());
        assertThat(page(wrong).select("#currentPassword-error").text()).isEqualTo("That is not your current password.");
    }

    @Test
    void aGoodChangeKeepsThisSessionAndSaysSo() throws Exception {
        given(staff.changePassword(anyLong(), anyString(), anyString(), anyString())).willReturn(true);
        changePassword("the current one", NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/admin/password?changed"));
        verify(staff).changePassword(org.mockito.ArgumentMatchers.eq(2L), org.mockito.ArgumentMatchers.eq("the current one"),
                org.mockito.ArgumentMatchers.eq(NEW_PASSWORD), anyString());
    }

    @Test
    void changingAPasswordNeedsASignInAndAToken() throws Exception {
        mvc.perform(get("/admin/password")).andExpect(status().isFound());
        mvc.perform(post("/admin/password").param("currentPassword", "x").param("newPassword", NEW_PASSWORD)
                .param("confirmation", NEW_PASSWORD).with(user("eddie@corebalance.test").roles("EDITOR")))
                .andExpect(status().isForbidden());
        verify(staff, never()).changePassword(anyLong(), any(), any(), any());
    }
}
