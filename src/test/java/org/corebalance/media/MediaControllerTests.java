package org.corebalance.media;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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

/**
 * Image variants by address: a public image cached for good, a private one only for staff and
 * never cached, and to anyone else the same not-found as an id never stored.
 */
@WebSliceTest
class MediaControllerTests {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};

    @Autowired
    MockMvc mvc;
    @Autowired
    MediaApi media;
    @Autowired
    MediaVisibility visibility;

    private void stored(long id, int width) {
        given(media.variant(id, width)).willReturn(Optional.of(new MediaRepository.Variant(width, 320, "image/jpeg", JPEG)));
    }

    @Test
    void aPublicVariantIsServedWithItsTypeAndCachedForAYear() throws Exception {
        stored(12, 480);
        given(visibility.isPublic(12)).willReturn(true);

        mvc.perform(get("/media/12/480.jpg"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(content().bytes(JPEG))
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
    }

    @Test
    void aPrivateImageIsNotFoundForReadersAndMembersButServedUncachedToStaff() throws Exception {
        stored(12, 480);

        mvc.perform(get("/media/12/480.jpg")).andExpect(status().isNotFound()).andExpect(content().bytes(new byte[0]));
        mvc.perform(get("/media/12/480.jpg").with(user("member@example.org").roles("MEMBER")))
                .andExpect(status().isNotFound());
        for (String role : List.of("OWNER", "EDITOR")) {
            mvc.perform(get("/media/12/480.jpg").with(user(role + "@example.org").roles(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().bytes(JPEG))
                    .andExpect(header().string("Cache-Control", "no-store, private"));
        }
    }

    @Test
    void aPrivateImageOpensToItsShareKeyAloneAndItIsThenCachedLikeAPublicOne() throws Exception {
        stored(12, 480);
        given(visibility.opens("right-key", 12)).willReturn(true);

        mvc.perform(get("/media/12/480.jpg").param("k", "right-key"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
        mvc.perform(get("/media/12/480.jpg").param("k", "wrong-key")).andExpect(status().isNotFound());
    }

    @Test
    void aNotFoundImageIsNotAskedForItsBytes() throws Exception {
        mvc.perform(get("/media/12/480.jpg")).andExpect(status().isNotFound());
        verify(media, never()).variant(anyLong(), anyInt());
    }

    @Test
    void anImageOrWidthThatIsNotStoredIsNotFoundEvenForStaff() throws Exception {
        given(visibility.isPublic(anyLong())).willReturn(true);
        given(media.variant(anyLong(), anyInt())).willReturn(Optional.empty());
        mvc.perform(get("/media/12/500.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/media/99/480.jpg").with(user("editor@example.org").roles("EDITOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAddressWhoseIdOrWidthIsNotASensibleNumberIsNotFoundWithoutAsking() throws Exception {
        for (String bad : List.of("/media/abc/480.jpg", "/media/12/wide.jpg", "/media/-1/480.jpg", "/media/12/-480.jpg",
                "/media/1234567890123456789012/480.jpg", "/media/12/99999999999.jpg", "/media/12/480.png",
                "/media/12/480", "/media/1.5/480.jpg")) {
            mvc.perform(get(bad)).andExpect(status().isNotFound());
        }
        verify(media, never()).variant(anyLong(), anyInt());
        verify(visibility, never()).isPublic(anyLong());
    }
}
