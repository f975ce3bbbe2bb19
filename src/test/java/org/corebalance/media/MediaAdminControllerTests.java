package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The media library's controller alone: what reaches the media service, and what a refused upload answers. */
@WebSliceTest
class MediaAdminControllerTests {

    private static final RequestPostProcessor EDITOR = user("editor@example.org").roles("EDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    MediaApi media;

    @BeforeEach
    void anEmptyLibrary() {
        given(media.library(anyInt(), anyInt())).willAnswer(call -> new MediaLibraryPage(List.of(), call.getArgument(0), 24, 0));
    }

    private String problemOf(String page) {
        return Jsoup.parse(page).select("#image-error").text();
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithTheReasonTheServiceGives() throws Exception {
        given(media.upload(eq("notes.jpg"), any(InputStream.class)))
                .willThrow(new ImageRejectedException("Only JPEG, PNG and WebP images can be used."));

        String page = mvc.perform(multipart("/admin/media").file(new MockMultipartFile("image", "notes.jpg", "image/jpeg",
                        "just some text".getBytes(StandardCharsets.UTF_8))).with(EDITOR).with(csrf()))
                .andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();

        assertThat(problemOf(page)).isEqualTo("Only JPEG, PNG and WebP images can be used.");
    }

    @Test
    void anEmptyUploadOrNoFileAtAllNeverReachesTheService() throws Exception {
        String empty = mvc.perform(multipart("/admin/media").file(new MockMultipartFile("image", "empty.png", "image/png",
                        new byte[0])).with(EDITOR).with(csrf()))
                .andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();
        String none = mvc.perform(multipart("/admin/media").with(EDITOR).with(csrf()))
                .andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();

        assertThat(problemOf(empty)).isEqualTo("Choose an image to upload first.");
        assertThat(problemOf(none)).isEqualTo("Choose an image to upload first.");
        verify(media, never()).upload(any(), any());
    }

    @Test
    void anUploadedImageIsShownFirstAfterARedirect() throws Exception {
        given(media.upload(eq("plank.jpg"), any(InputStream.class))).willReturn(12L);
        mvc.perform(multipart("/admin/media").file(new MockMultipartFile("image", "plank.jpg", "image/jpeg", new byte[] {1}))
                        .with(EDITOR).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/media?uploaded=12"));
    }

    @Test
    void aPageNumberThatIsNotOneIsReadAsTheFirstPage() throws Exception {
        for (String bad : List.of("0", "-3", "abc", "9999999", "1e3")) {
            mvc.perform(get("/admin/media").param("page", bad).with(EDITOR)).andExpect(status().isOk());
        }
        verify(media, never()).library(eq(0), anyInt());
        mvc.perform(get("/admin/media").param("page", "3").with(EDITOR)).andExpect(status().isOk());
        verify(media).library(3, MediaAdminController.PAGE_SIZE);
    }

    @Test
    void theLibraryIsForStaffAndUploadsNeedTheirToken() throws Exception {
        mvc.perform(get("/admin/media")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(multipart("/admin/media").file(new MockMultipartFile("image", "plank.jpg", "image/jpeg", new byte[] {1}))
                        .with(EDITOR))
                .andExpect(status().isForbidden());
        verify(media, never()).upload(any(), any());
    }
}
