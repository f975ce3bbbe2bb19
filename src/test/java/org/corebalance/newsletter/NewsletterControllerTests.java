package org.corebalance.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.util.Optional;
import org.corebalance.mail.MailApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The reader's side of the newsletter alone: what reaches the service, and what a refused sign-up or a dead link answers. */
@WebSliceTest
class NewsletterControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    NewsletterService newsletter;
    @Autowired
    MailApi mail;

    private ResultActions signUp(String email) throws Exception {
        return mvc.perform(post("/newsletter").param("email", email).param("source", "footer")
                .header("Sec-Fetch-Site", "same-origin"));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void aMissingOrMalformedAddressIsRefusedWithAMessageAndNeverReachesTheService() throws Exception {
        var malformed = signUp("not-an-email").andExpect(status().isUnprocessableContent());
        assertThat(page(malformed).select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        assertThat(page(malformed).selectFirst("input[name=email]").attr("value")).isEqualTo("not-an-email");

        var missing = signUp("   ").andExpect(status().isUnprocessableContent());
        assertThat(page(missing).select("#email-error").text()).isEqualTo("Please enter your e-mail address.");

        mvc.perform(post("/newsletter").header("Sec-Fetch-Site", "same-origin")).andExpect(status().isUnprocessableContent());
        verify(newsletter, never()).subscribe(any(), anyString());
    }

    @Test
    void aSignUpGoesToTheServiceWithTheSendersAddressAndAsksToCheckTheInbox() throws Exception {
        given(newsletter.subscribe(any(), anyString())).willReturn(true);
        signUp("Reader@Example.org").andExpect(status().isFound()).andExpect(redirectedUrl("/newsletter/check-email"));
        verify(newsletter).subscribe(new SignUpForm("Reader@Example.org", "footer", ""), "127.0.0.1");
    }

    @Test
    void tooManySignUpsFromOneAddressAreRefusedWithAMessageAndTheAddressKept() throws Exception {
        given(newsletter.subscribe(any(), anyString())).willReturn(false);
        var refused = signUp("reader@example.org").andExpect(status().isTooManyRequests());
        assertThat(page(refused).select("#email-error").text()).contains("Please wait ten minutes");
        assertThat(page(refused).selectFirst("input[name=email]").attr("value")).isEqualTo("reader@example.org");
    }

    @Test
    void anotherSiteCannotSignSomeoneUp() throws Exception {
        mvc.perform(post("/newsletter").param("email", "reader@example.org").header("Origin", "https://evil.example"))
                .andExpect(status().isForbidden());
        verify(newsletter, never()).subscribe(any(), anyString());
    }

    @Test
    void anUnknownExpiredOrUsedLinkIsGone() throws Exception {
        given(newsletter.confirmable(anyString())).willReturn(false);
        given(newsletter.confirm(anyString())).willReturn(Optional.empty());
        given(newsletter.unsubscribe(anyString())).willReturn(Optional.empty());

        var expired = mvc.perform(get("/newsletter/confirm").param("token", "<script>")).andExpect(status().isGone());
        assertThat(page(expired).select(".notice-title").text()).isEqualTo("This link no longer works");
        assertThat(page(expired).select("a[href=/newsletter]")).isNotEmpty();
        mvc.perform(post("/newsletter/confirm").param("token", "used").header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isGone());
        mvc.perform(get("/newsletter/unsubscribe").param("token", "nonsense")).andExpect(status().isGone());
        mvc.perform(post("/newsletter/unsubscribe").param("token", "nonsense").header("Origin", "https://mail.example"))
                .andExpect(status().isGone()).andExpect(content().string("Unknown link."));
    }

    @Test
    void aMailProgramUnsubscribesWithOnePostFromAnywhere() throws Exception {
        given(newsletter.unsubscribe("Ab-9_xYz")).willReturn(Optional.of("reader@example.org"));
        mvc.perform(post("/newsletter/unsubscribe").param("token", "Ab-9_xYz").content("List-Unsubscribe=One-Click")
                        .header("Origin", "https://mail.example"))
                .andExpect(status().isOk()).andExpect(content().string("Unsubscribed."));
    }

    @Test
    void theSignUpAndConfirmationPagesPromiseEmailOnlyWhileItIsBeingSent() throws Exception {
        given(mail.deliveryConfigured()).willReturn(true);
        assertThat(page(mvc.perform(get("/newsletter/check-email"))).select("[role=status]").text())
                .startsWith("Check your inbox").contains("we have sent it a message with a button to confirm");
        assertThat(page(mvc.perform(get("/newsletter/confirmed"))).select("[role=status]").text())
                .contains("Our next newsletter will come to your inbox.");

        given(mail.deliveryConfigured()).willReturn(false);
        assertThat(page(mvc.perform(get("/newsletter/check-email"))).select("[role=status]").text())
                .startsWith("Thank you, one step is left")
                .contains("We could not send the e-mail that confirms your address yet",
                        "the practice has not set up its e-mail", "please sign up again")
                .doesNotContain("Check your inbox", "we have sent");
        assertThat(page(mvc.perform(get("/newsletter/confirmed"))).select("[role=status]").text())
                .contains("The practice is not sending e-mail just now; newsletters come to your inbox once it does.")
                .doesNotContain("Our next newsletter will come");
    }
}
