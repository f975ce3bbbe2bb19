package org.corebalance.media;

import java.time.Duration;
import org.corebalance.shared.WhoIsSignedIn;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves image variants. An image a public page shows (or asked for by its shared address) is
 * anyone's, and cached for a year since an id's bytes never change. Any other image only staff
 * see, kept out of every cache, so the editor's preview and the library work before publishing.
 * To everyone else it does not exist: the same empty not-found as an id never stored, so trying
 * ids tells nothing. An address whose id or width is not a number of sensible length is no image
 * either.
 */
@Controller
class MediaController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl STAFF_ONLY = CacheControl.noStore().cachePrivate();

    private final MediaApi media;
    private final MediaVisibility visibility;
    private final WhoIsSignedIn whoIsSignedIn;

    MediaController(MediaApi media, MediaVisibility visibility, WhoIsSignedIn whoIsSignedIn) {
        this.media = media;
        this.visibility = visibility;
        this.whoIsSignedIn = whoIsSignedIn;
    }

    @GetMapping("/media/{id:\\d{1,18}}/{width:\\d{1,5}}.jpg")
    ResponseEntity<byte[]> variant(@PathVariable long id, @PathVariable int width,
            @RequestParam(name = "k", required = false) String shareKey) {
        CacheControl caching;
        if (visibility.isPublic(id) || visibility.opens(shareKey, id)) {
            caching = FOREVER;
        } else if (whoIsSignedIn.currentStaff().isPresent()) {
            caching = STAFF_ONLY;
        } else {
            return ResponseEntity.notFound().build();
        }
        return media.variant(id, width)
                .map(variant -> ResponseEntity.ok()
                        .cacheControl(caching)
                        .contentType(MediaType.parseMediaType(variant.contentType()))
                        .body(variant.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
