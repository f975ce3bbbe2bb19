package org.corebalance.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corebalance.membership.SlicePages.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Forgotten passwords alone: asking for a link, and a new password through it, refused when it should be. */
@WebSliceTest
class PasswordResetControllerTests {

    private static final String TOKEN = "Ab-9_xYz";
    private static final String GOOD = "new spine, new breath, new day";

    @Autowired
    MockMvc mvc;
    @Autowired
    PasswordReset reset;
    @Autowired
    StaffAccounts staff;
    @Autowired
    MailApi mail;

    private ResultActions choose(String password, String confirmation) throws Exception {
        return mvc.perform(NewPasswordForms.post("/login/reset", TOKEN, password, confirmation));
    }

    @Test
    void somethingThatIsNotAnAddressIsRefusedWithAMessage() throws Exception {
        for (String bad : new String[] {"", "not-an-email", "x".repeat(400) + "@example.org"}) {
            var refused = mvc.perform(post("/login/forgot").param("email", bad).with(csrf()))
                    .andExpect(status().isUnprocessableContent());
            assertThat(page(refused).select("#email-error").text()).isEqualTo("Please enter the e-mail address you sign in with.");
        }
        verify(reset, never()).request(anyString(), anyString());
    }

    @Test
    void anyAddressGetsTheSameAnswer() throws Exception {
        mvc.perform(post("/login/forgot").param("email", "eddie@corebalance.test").with(csrf()))
                .andExpect(redirectedUrl("/login/forgot?sent"));
        verify(reset).request("eddie@corebalance.test", "127.0.0.1");
    }

    @Test
    void anUnknownExpiredOrUsedLinkIsGoneAndOffersToAskAgain() throws Exception {
        given(reset.emailFor(anyString())).willReturn(Optional.empty());
        var gone = mvc.perform(get("/login/reset").param("token", "not-a-real-token")).andExpect(status().isGone());
        assertThat(page(gone).selectFirst("h1").text()).isEqualTo("This link no longer works");
        assertThat(page(gone).select("a[href=/login/forgot]")).hasSize(1);
        mvc.perform(get("/login/reset")).andExpect(status().isGone());
        choose(GOOD, GOOD).andExpect(status().isGone());
        verify(reset, never()).reset(anyString(), anyString());
    }

    @Test
    void aPasswordThePolicyRefusesMissingOrTypedDifferentlyIsNotSet() throws Exception {
        given(reset.emailFor(TOKEN)).willReturn(Optional.of("eddie@corebalance.test"));
        given(staff.passwordProblem("short", "eddie@corebalance.test")).willReturn(Optional.of("Use at least 12 characters."));

        var weak = choose("short", "short").andExpect(status().isUnprocessableContent());
        assertThat(page(weak).select("#password-error").text()).isEqualTo("Use at least 12 characters.");
        var mismatch = choose(GOOD, GOOD + "!").andExpect(status().isUnprocessableContent());
        assertThat(page(mismatch).select("#confirmation-error").text()).isEqualTo("The two passwords are not the same.");
        var empty = choose("", "").andExpect(status().isUnprocessableContent());
        assertThat(page(empty).select("#password-error").text()).isEqualTo("Please choose a password.");
        assertThat(page(empty).select("#confirmation-error").text()).isEqualTo("Please type the password again.");
        verify(reset, never()).reset(anyString(), anyString());
    }

    @Test
    void aLinkUsedUpMeanwhileIsGone() throws Exception {
        given(reset.emailFor(TOKEN)).willReturn(Optional.of("eddie@corebalance.test"));
        given(reset.reset(TOKEN, GOOD)).willReturn(false);
        var gone = choose(GOOD, GOOD).andExpect(status().isGone());
        assertThat(page(gone).selectFirst("h1").text()).isEqualTo("This link no longer works");
    }

    @Test
    void aGoodPasswordIsSetAndThePersonSentToSignIn() throws Exception {
        given(reset.emailFor(TOKEN)).willReturn(Optional.of("eddie@corebalance.test"));
        given(reset.reset(TOKEN, GOOD)).willReturn(true);
        choose(GOOD, GOOD).andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("notice", "Your password has been changed. Sign in with the new one."));
        verify(staff).passwordProblem(GOOD, "eddie@corebalance.test");
        verify(reset, never()).request(any(), any());
    }

    @Test
    void theForgottenPasswordPagePromisesAnEmailOnlyWhileEmailIsBeingSent() throws Exception {
        given(mail.deliveryConfigured()).willReturn(true);
        var form = page(mvc.perform(get("/login/forgot")));
        assertThat(form.select(".lead").text()).contains("we will send you a link");
        assertThat(form.select("form button").text()).isEqualTo("Send me a link");
        assertThat(page(mvc.perform(get("/login/forgot").param("sent", ""))).select("[role=status]").text())
                .startsWith("If an account exists for that address, we have sent it a link");

        given(mail.deliveryConfigured()).willReturn(false);
        var honest = page(mvc.perform(get("/login/forgot")));
        assertThat(honest.select(".lead").text()).contains("This site is not sending e-mail yet",
                "will wait in its outbox, where the practice's owner can read it").doesNotContain("we will send");
        assertThat(honest.select("form button").text()).isEqualTo("Ask for a link");
        // Still the same answer for any address: it says "if an account exists", never whether one does.
        assertThat(page(mvc.perform(get("/login/forgot").param("sent", ""))).select("[role=status]").text())
                .contains("This site is not sending e-mail yet", "If an account exists for that address",
                        "waits in the site's outbox").doesNotContain("we have sent");
    }
}
