package org.corebalance.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /favicon.ico}, which browsers, feed readers and crawlers ask for whatever a page links:
 * the site's SVG icon itself, kept an hour like the icon's plain URL. Not a redirect to the hashed
 * icon: a permanent redirect would be remembered past the next deploy and lead to a hash that no
 * longer exists, and a temporary one costs every asker a second round trip for a 300-byte file.
 */
@Controller
class FaviconController {

    static final String ICON = "static/img/icon.svg";
    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final byte[] icon;
    private final String etag;

    FaviconController() {
        var resource = new ClassPathResource(ICON);
        try {
            this.icon = resource.getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The site icon " + ICON + " is missing from the build", e);
        }
        this.etag = StaticAssets.etagOf(resource);
    }

    /** With an ETag in the answer, Spring answers a matching {@code If-None-Match} with 304 itself. */
    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> favicon() {
        return ResponseEntity.ok().contentType(SVG).cacheControl(StaticAssets.PLAIN).eTag(etag).body(icon);
    }
}
