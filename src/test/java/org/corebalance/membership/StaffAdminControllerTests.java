package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corebalance.membership.SlicePages.page;
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
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.SignedIn;
import org.corebalance.shared.WhoIsSignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The owner's staff page alone: invitations refused with a reason, and nobody but the owner gets in. */
@WebSliceTest
class StaffAdminControllerTests {

    private static final SignedIn OWNER = new SignedIn(1, "Olivia Owner", "owner@corebalance.test", SignedIn.Role.OWNER);

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts staff;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    MailApi mail;
    /** Answers {@code currentStaff()} from {@code current()}, as the interface does. */
    @Autowired
    WhoIsSignedIn whoIsSignedIn;

    /** The owner, signed in, sends the invitation form. */
    private ResultActions invite(String name, String email) throws Exception {
        given(whoIsSignedIn.current()).willReturn(Optional.of(OWNER));
        return mvc.perform(post("/admin/staff").param("name", name).param("email", email)
                .with(user("owner@corebalance.test").roles("OWNER")).with(csrf()));
    }

    @Test
    void aMissingNameOrABadAddressIsRefusedWithAMessageEachAndNobodyIsInvited() throws Exception {
        var empty = invite("", "not-an-email").andExpect(status().isUnprocessableContent());
        assertThat(page(empty).select("#name-error").text()).isEqualTo("Please enter their name (up to 100 characters).");
        assertThat(page(empty).select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");

        invite("Ivy\r\nBcc: evil@example.org", "ivy@corebalance.test").andExpect(status().isUnprocessableContent());
        invite("x".repeat(101), "ivy@corebalance.test").andExpect(status().isUnprocessableContent());
        verify(invitations, never()).invite(anyString(), anyString(), anyString());
    }

    @Test
    void anAddressThatAlreadyHasAnAccountIsSaidNextToItsField() throws Exception {
        given(invitations.invite("Ivy Again", "IVY@corebalance.test", "Olivia Owner")).willReturn(false);
        var taken = invite("Ivy Again", "IVY@corebalance.test").andExpect(status().isUnprocessableContent());
        assertThat(page(taken).select("#email-error").text()).contains("already has an account");
        assertThat(page(taken).selectFirst("#name").attr("value")).isEqualTo("Ivy Again");
    }

    @Test
    void anInvitationNamesTheOwnerAsWhoInvited() throws Exception {
        given(invitations.invite("Ivy Invited", " ivy@corebalance.test ", "Olivia Owner")).willReturn(true);
        given(mail.deliveryConfigured()).willReturn(true);
        invite("Ivy Invited", " ivy@corebalance.test ").andExpect(redirectedUrl("/admin/staff"))
                .andExpect(flash().attribute("notice", "Invitation sent to ivy@corebalance.test. The link works for 7 days."));
    }

    @Test
    void withoutAnSmtpServerTheInvitationIsSaidToWaitInTheOutbox() throws Exception {
        given(invitations.invite("Ivy Invited", "ivy@corebalance.test", "Olivia Owner")).willReturn(true);
        given(mail.deliveryConfigured()).willReturn(false);
        invite("Ivy Invited", "ivy@corebalance.test").andExpect(redirectedUrl("/admin/staff"))
                .andExpect(flash().attribute("notice", "The invitation for ivy@corebalance.test waits in the Outbox, since"
                        + " e-mail is not being sent yet: open it there and pass the link on. It works for 7 days."));
    }

    @Test
    void theOwnerOrAnUnknownAccountCannotBeRemoved() throws Exception {
        given(invitations.remove(1)).willReturn(false);
        mvc.perform(post("/admin/staff/1/remove").with(user("owner@corebalance.test").roles("OWNER")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void editorsAndStrangersCannotSeeInviteOrRemoveStaff() throws Exception {
        var editor = user("eddie@corebalance.test").roles("EDITOR");
        mvc.perform(get("/admin/staff").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff").param("name", "X").param("email", "x@example.org").with(editor).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff/2/remove").with(editor).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff")).andExpect(status().isFound());
        verifyNoInteractions(invitations);
        verify(invitations, never()).remove(anyLong());
    }
}
