package org.corebalance.media;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves image variants; an id's bytes never change, so they are cached for a year. An address
 * whose id or width is not a number of sensible length is no image either: not found.
 */
@Controller
class MediaController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaApi media;

    MediaController(MediaApi media) {
        this.media = media;
    }

    @GetMapping("/media/{id:\\d{1,18}}/{width:\\d{1,5}}.jpg")
    ResponseEntity<byte[]> variant(@PathVariable long id, @PathVariable int width) {
        return media.variant(id, width)
                .map(variant -> ResponseEntity.ok()
                        .cacheControl(FOREVER)
                        .contentType(MediaType.parseMediaType(variant.contentType()))
                        .body(variant.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
