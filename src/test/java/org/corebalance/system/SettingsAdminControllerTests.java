package org.corebalance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The settings page's controller alone: refused values come back with their reasons, and only the owner gets in. */
@WebSliceTest
class SettingsAdminControllerTests {

    private static final RequestPostProcessor OWNER = user("owner@example.org").roles("OWNER");

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeSettingsService settings;

    @BeforeEach
    void forgetEarlierCalls() {
        clearInvocations(settings);
    }

    private static MockHttpServletRequestBuilder save(String... fields) {
        var request = post("/admin/settings").with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(request.with(OWNER)).andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page);
    }

    @Test
    void aTimeZoneNotInTheListAndAnAddressThatIsNoAddressAreRefusedWithReasons() throws Exception {
        Document page = refused(save("name", "Core Balance", "city", "San Clemente", "email", "not an email",
                "timeZone", "Mars/Olympus_Mons", "socialLinks", ""));

        assertThat(page.select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        assertThat(page.select("#timeZone-error").text()).isEqualTo("Please choose a time zone from the list.");
        assertThat(page.select(".error-summary").text()).startsWith("The settings were not saved.");
        // What was typed stays in the form.
        assertThat(page.select("#email").attr("value")).isEqualTo("not an email");
        verify(settings, never()).save(any());
    }

    @Test
    void emptyFieldsAndLinksThatAreNotWebAddressesAreRefused() throws Exception {
        Document page = refused(save("name", "", "city", " ", "email", "", "timeZone", "",
                "socialLinks", "https://www.instagram.com/calmcore\njavascript:alert(1)"));

        assertThat(page.select("#name-error").text()).isEqualTo("Please enter the practice's name.");
        assertThat(page.select("#city-error").text()).isEqualTo("Please enter the city.");
        assertThat(page.select("#email-error").text()).isEqualTo("Please enter the contact e-mail address.");
        assertThat(page.select("#timeZone-error").text()).isEqualTo("Please choose a time zone.");
        assertThat(page.select("#socialLinks-error").text()).startsWith("Each line must be a full web address");
        verify(settings, never()).save(any());
    }

    @Test
    void moreThanSixLinksAreRefused() throws Exception {
        String links = String.join("\n", java.util.Collections.nCopies(7, "https://example.org/me"));
        Document page = refused(save("name", "Core Balance", "city", "San Clemente", "email", "hello@example.org",
                "timeZone", "America/Denver", "socialLinks", links));
        assertThat(page.select("#socialLinks-error").text()).isEqualTo("Add at most 6 links.");
        verify(settings, never()).save(any());
    }

    @Test
    void goodValuesAreSavedTidiedAndThePageReloads() throws Exception {
        mvc.perform(save("name", " Calm Core ", "city", "Dana Point", "email", "Studio@Example.org",
                        "timeZone", "America/Denver", "socialLinks", " https://www.instagram.com/calmcore \n\n").with(OWNER))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/settings?saved"));
        verify(settings).save(new PracticeSettings("Calm Core", "Dana Point", "studio@example.org", ZoneId.of("America/Denver"),
                List.of(URI.create("https://www.instagram.com/calmcore")), false));
    }

    @Test
    void anEditorMayNeitherSeeNorChangeTheSettings() throws Exception {
        RequestPostProcessor editor = user("editor@example.org").roles("EDITOR");
        mvc.perform(get("/admin/settings").with(editor)).andExpect(status().isForbidden());
        mvc.perform(save("name", "Taken over", "city", "X", "email", "x@example.org", "timeZone", "America/Denver")
                .with(editor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/settings").with(OWNER)).andExpect(status().isOk());
        verify(settings, never()).save(any());
    }
}
