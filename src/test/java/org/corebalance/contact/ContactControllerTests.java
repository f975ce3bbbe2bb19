package org.corebalance.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corebalance.mail.MailApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The contact form with the service mocked: what never reaches it, the refusal it decides, and the thanks. */
@WebSliceTest
class ContactControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ContactService contact;
    @Autowired
    MailApi mail;

    /** A reader's message from a page of this site: a good one, with the fields given replacing its own. */
    private static MockHttpServletRequestBuilder message(String... fields) {
        var values = new LinkedHashMap<>(Map.of("name", "Rita Reader", "email", "rita@example.org", "topic", "ASSESSMENT",
                "message", "Is the assessment suitable after a hip replacement?", "website", ""));
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        var request = post("/contact").header("Sec-Fetch-Site", "same-origin");
        values.forEach(request::param);
        return request;
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void mistakesComeBackWithMessagesAndTheTextKeptAndTheServiceIsNeverCalled() throws Exception {
        Document wrong = page(mvc.perform(message("email", "not-an-email", "message", "x".repeat(5_001)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(wrong.select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        assertThat(wrong.select("#message-error").text()).isEqualTo("Please keep your message under 5,000 characters.");
        assertThat(wrong.selectFirst("#name").attr("value")).isEqualTo("Rita Reader");
        assertThat(wrong.selectFirst("#message").text()).hasSize(5_001);

        Document missing = page(mvc.perform(message("name", "", "email", "", "topic", "", "message", ""))
                .andExpect(status().isUnprocessableContent()));
        assertThat(missing.select("#name-error").text()).isEqualTo("Please tell us your name.");
        assertThat(missing.select("#email-error").text()).isEqualTo("Please enter your e-mail address, so we can answer.");
        assertThat(missing.select("#topic-error").text()).isEqualTo("Please choose what your message is about.");
        assertThat(missing.select("#message-error").text()).isEqualTo("Please write your message.");

        Document twoLines = page(mvc.perform(message("name", "Rita\r\nBcc: evil@example.org"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(twoLines.select("#name-error").text()).isEqualTo("Please keep your name on one line.");
        verify(contact, never()).receive(any(), any(), any());
    }

    @Test
    void anUnknownTopicIsAMistakeToFix() throws Exception {
        Document page = page(mvc.perform(message("topic", "DRAGONS", "message", "Kept as typed"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page.select("#topic-error").text()).isEqualTo("Please choose what your message is about.");
        assertThat(page.selectFirst("#message").text()).isEqualTo("Kept as typed");
        verify(contact, never()).receive(any(), any(), any());
    }

    @Test
    void whenTheServiceRefusesTheAddressTheReaderIsAskedToWaitWithTheTextKept() throws Exception {
        given(contact.receive(any(), eq(Topic.OTHER), anyString())).willReturn(false);
        Document page = page(mvc.perform(message("topic", "OTHER", "message", "Hello again"))
                .andExpect(status().isTooManyRequests()));
        assertThat(page.select("#message-error").text()).startsWith("You have sent several messages in a short time.");
        assertThat(page.selectFirst("#message").text()).isEqualTo("Hello again");
    }

    @Test
    void aReceivedMessageRedirectsToTheThanks() throws Exception {
        given(contact.receive(any(), eq(Topic.ASSESSMENT), eq("203.0.113.9"))).willReturn(true);
        mvc.perform(message().with(request -> {
            request.setRemoteAddr("203.0.113.9");
            return request;
        })).andExpect(status().isFound()).andExpect(redirectedUrl("/contact/thanks"));
        verify(contact).receive(new ContactForm("Rita Reader", "rita@example.org", "ASSESSMENT",
                "Is the assessment suitable after a hip replacement?", ""), Topic.ASSESSMENT, "203.0.113.9");

        Document thanks = page(mvc.perform(get("/contact/thanks")).andExpect(status().isOk()));
        assertThat(thanks.select(".notice-title").text()).isEqualTo("Thank you, your message has arrived");
    }

    @Test
    void anotherSiteCannotSendTheForm() throws Exception {
        mvc.perform(post("/contact").header("Origin", "https://evil.example").param("name", "X").param("email", "x@example.org")
                .param("topic", "OTHER").param("message", "Hi")).andExpect(status().isForbidden());
        verify(contact, never()).receive(any(), any(), any());
    }

    @Test
    void theThanksPromiseAConfirmationOnlyWhileEmailIsBeingSent() throws Exception {
        given(mail.deliveryConfigured()).willReturn(true);
        assertThat(page(mvc.perform(get("/contact/thanks"))).select("[role=status]").text())
                .contains("usually answer within two working days", "A confirmation is on its way to your inbox.");

        given(mail.deliveryConfigured()).willReturn(false);
        assertThat(page(mvc.perform(get("/contact/thanks"))).select("[role=status]").text())
                .contains("Your message reached the coach, who reads every message.")
                .doesNotContain("inbox", "confirmation", "answer");
    }
}
