package org.corebalance.media;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Image variants by address: stored bytes cached for good, and anything else not found. */
@WebSliceTest
class MediaControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MediaApi media;

    @Test
    void aStoredVariantIsServedWithItsTypeAndCachedForAYear() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
        given(media.variant(12, 480)).willReturn(Optional.of(new MediaRepository.Variant(480, 320, "image/jpeg", jpeg)));

        mvc.perform(get("/media/12/480.jpg"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(content().bytes(jpeg))
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
    }

    @Test
    void anImageOrWidthThatIsNotStoredIsNotFound() throws Exception {
        given(media.variant(anyLong(), anyInt())).willReturn(Optional.empty());
        mvc.perform(get("/media/12/500.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/media/99/480.jpg")).andExpect(status().isNotFound());
    }

    @Test
    void anAddressWhoseIdOrWidthIsNotASensibleNumberIsNotFoundWithoutAsking() throws Exception {
        for (String bad : List.of("/media/abc/480.jpg", "/media/12/wide.jpg", "/media/-1/480.jpg", "/media/12/-480.jpg",
                "/media/1234567890123456789012/480.jpg", "/media/12/99999999999.jpg", "/media/12/480.png",
                "/media/12/480", "/media/1.5/480.jpg")) {
            mvc.perform(get(bad)).andExpect(status().isNotFound());
        }
        verify(media, never()).variant(anyLong(), anyInt());
    }
}
