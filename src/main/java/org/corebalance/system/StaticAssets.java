package org.corebalance.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * How the site's own files under {@code static/} travel. Pages link them by content-hashed URLs
 * ({@code /css/site-<md5>.css}), which never change meaning: kept a year, {@code immutable}. The
 * same file asked for by its plain name (the icon is, by browsers and feed readers) is kept an
 * hour. Either way a weak ETag of the content answers conditional requests with 304; weak, because
 * Tomcat compresses CSS, JavaScript and SVG on the way out, and it never compresses a response with
 * a strong ETag (a strong ETag promises the exact bytes).
 */
final class StaticAssets extends AbstractResourceResolver {

    static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl PLAIN = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    private static final ContentVersionStrategy CONTENT = new ContentVersionStrategy();

    /** For {@code ResourceHttpRequestHandler}: the ETag it checks {@code If-None-Match} against. */
    static String etag(Resource resource) {
        return resource instanceof Asset asset ? asset.etag : null;
    }

    /** The weak ETag of a file's content. */
    static String etagOf(Resource resource) {
        return "W/\"" + CONTENT.getResourceVersion(resource) + "\"";
    }

    @Override
    protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
            List<? extends Resource> locations, ResourceResolverChain chain) {
        Resource resolved = chain.resolveResource(request, requestPath, locations);
        if (resolved == null || !resolved.isReadable()) {
            return resolved;
        }
        // A hashed request path names a file whose own name is shorter by the hash.
        boolean hashed = resolved.getFilename() != null && !requestPath.endsWith("/" + resolved.getFilename())
                && !requestPath.equals(resolved.getFilename());
        return new Asset(resolved, etagOf(resolved), hashed ? HASHED : PLAIN);
    }

    @Override
    protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
            ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }

    /**
     * A resolved file with the headers it is sent with. Only {@code Cache-Control} here: the
     * version resolver's own ETag would be strong; the handler writes ours (see {@link #etag}).
     */
    private static final class Asset extends AbstractResource implements HttpResource {

        private final Resource file;
        private final String etag;
        private final CacheControl cacheControl;

        Asset(Resource file, String etag, CacheControl cacheControl) {
            this.file = file;
            this.etag = etag;
            this.cacheControl = cacheControl;
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            var headers = new HttpHeaders();
            headers.setCacheControl(cacheControl);
            return headers;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return file.getInputStream();
        }

        @Override
        public boolean exists() {
            return file.exists();
        }

        @Override
        public boolean isReadable() {
            return file.isReadable();
        }

        @Override
        public boolean isFile() {
            return file.isFile();
        }

        @Override
        public URL getURL() throws IOException {
            return file.getURL();
        }

        @Override
        public URI getURI() throws IOException {
            return file.getURI();
        }

        @Override
        public File getFile() throws IOException {
            return file.getFile();
        }

        @Override
        public long contentLength() throws IOException {
            return file.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return file.lastModified();
        }

        @Override
        public Resource createRelative(String relativePath) throws IOException {
            return file.createRelative(relativePath);
        }

        @Override
        public String getFilename() {
            return file.getFilename();
        }

        @Override
        public String getDescription() {
            return file.getDescription();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Asset asset && asset.file.equals(file) && asset.cacheControl == cacheControl;
        }

        @Override
        public int hashCode() {
            return file.hashCode();
        }
    }
}
