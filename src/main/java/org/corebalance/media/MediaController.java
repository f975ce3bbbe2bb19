package org.corebalance.media;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves image variants; an id's bytes never change, so they are cached for a year. */
@Controller
class MediaController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaRepository repository;

    MediaController(MediaRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/media/{id}/{width}.jpg")
    ResponseEntity<byte[]> variant(@PathVariable long id, @PathVariable int width) {
        return repository.findVariant(id, width)
                .map(variant -> ResponseEntity.ok()
                        .cacheControl(FOREVER)
                        .contentType(MediaType.parseMediaType(variant.contentType()))
                        .body(variant.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
