package org.corebalance.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.corebalance.shared.PublicContent;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered bytes of public pages (identical for every anonymous reader) and serves them
 * again, with the headers they were first sent with, while nothing readers could see has changed.
 * Each page is gzip-compressed once when stored and sent so to readers who accept it (Tomcat
 * leaves a response that already has a {@code Content-Encoding} alone); headers that depend on the
 * request (HSTS, only over HTTPS) are decided per request, never replayed from the first render.
 *
 * <p>What counts as a change is the {@link PublicRevision} (bumped with every public write) and
 * the {@link PublicContent} version each content module reports (e.g. scheduled articles coming
 * due), read from the shared database at most once a second (so another instance's edit shows
 * within a second), and at once after a change committed on this instance or a jump of the clock.
 * Requests that carry a cookie, credentials or an htmx header are never served from here.
 */
class PublicPageCache extends OncePerRequestFilter {

    static final Duration RECHECK = Duration.ofSeconds(1);
    static final Duration UNREACHABLE_RECHECK = Duration.ofSeconds(10);
    /** All stored pages together stay under this many bytes. */
    static final long MAX_BYTES = 64L << 20;
    static final int MAX_BODY = 1 << 20;
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9]\\d{0,5}");
    /** Text worth compressing; images (other than SVG) are compressed already. */
    private static final List<String> COMPRESSIBLE = List.of("text/", "application/atom+xml", "application/xml",
            "application/rss+xml", "application/json", "application/javascript", "image/svg+xml");
    /** Written again for each request rather than stored: they depend on how the request came in. */
    private static final Set<String> PER_REQUEST = Set.of("strict-transport-security", "content-type",
            "content-length", "content-encoding", "date");

    /** The public pages modules declared, and among them the lists (only lists have pages; page 1 has no number). */
    private final WebRuleSet.Paths publicPages;
    private final WebRuleSet.Paths lists;
    private final PublicRevision revision;
    private final List<PublicContent> contents;
    private final Clock clock;
    private final HeaderWriter perRequestHeaders;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong storedBytes = new AtomicLong();
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile String version;
    private volatile long checkedAtNanos;
    private volatile long unreachableUntilNanos = System.nanoTime();
    private volatile Instant checkedAt = Instant.MIN;

    PublicPageCache(WebRuleSet rules, PublicRevision revision, List<PublicContent> contents, Clock clock,
            HeaderWriter perRequestHeaders) {
        this.publicPages = rules.publicPagePaths();
        this.lists = rules.publicListPaths();
        this.revision = revision;
        revision.onCommittedChange(this::changed);
        this.contents = List.copyOf(contents);
        this.clock = clock;
        this.perRequestHeaders = perRequestHeaders;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || request.getHeader(HttpHeaders.COOKIE) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                // htmx asks for fragments of pages; they are never stored in place of the pages.
                || Htmx.isHtmx(request)
                || !publicPages.matches(request)
                || key(request) == null;
    }

    /**
     * The page's identity: its path and, for lists, the page number. Null (not cacheable) when
     * the request has any other parameter, so made-up query strings cannot fill the cache.
     */
    private String key(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        if (parameters.isEmpty()) {
            return request.getRequestURI();
        }
        String[] page = parameters.get("page");
        if (parameters.size() == 1 && page != null && page.length == 1 && PAGE_NUMBER.matcher(page[0]).matches()
                && lists.matches(request)) {
            return request.getRequestURI() + "?page=" + page[0];
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        String current = currentVersion();
        Entry entry = entries.get(key);
        if (entry != null && entry.version().equals(current)) {
            perRequestHeaders.writeHeaders(request, response);
            entry.writeTo(request, response);
            return;
        }
        var recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        if (isStorable(recorder) && !request.isAsyncStarted()) {
            Entry stored = Entry.of(current, recorder);
            store(key, stored);
            if (stored.gzipped() != null) {
                // Its headers are on the response already; the body goes out as stored, compressed once.
                stored.writeBodyTo(request, response);
                return;
            }
        }
        recorder.copyBodyToResponse();
    }

    private void store(String key, Entry entry) {
        if (storedBytes.addAndGet(entry.size()) > MAX_BYTES) {
            // Rare (the set of public pages is small); start afresh rather than track recency.
            clear();
            storedBytes.addAndGet(entry.size());
        }
        Entry previous = entries.put(key, entry);
        if (previous != null) {
            storedBytes.addAndGet(-previous.size());
        }
    }

    private void clear() {
        entries.clear();
        storedBytes.set(0);
    }

    private void changed() {
        checkedAtNanos = System.nanoTime() - RECHECK.toNanos() - 1;
        clear();
    }

    /**
     * The version of everything public, asked of the database at most once a second by one request
     * at a time; the others meanwhile serve the version known. While the database is out of reach
     * the known version stands (asked again every 10 s), so cached pages keep being served.
     */
    private String currentVersion() {
        long nanos = System.nanoTime();
        Instant now = clock.instant();
        if (version == null || isDue(nanos, now)) {
            boolean mustWait = version == null;
            if (mustWait) {
                refreshing.lock();
            } else if (!refreshing.tryLock()) {
                return version;
            }
            try {
                if (version == null || isDue(nanos, now)) {
                    refresh(now);
                }
            } finally {
                refreshing.unlock();
            }
        }
        return version;
    }

    private boolean isDue(long nanos, Instant now) {
        if (nanos - unreachableUntilNanos < 0) {
            return false;
        }
        return nanos - checkedAtNanos >= RECHECK.toNanos() || Duration.between(checkedAt, now).abs().compareTo(RECHECK) >= 0;
    }

    private void refresh(Instant now) {
        try {
            // The date is part of it so that "this year" in the footer turns over with the year.
            version = revision.current() + "|" + now.truncatedTo(java.time.temporal.ChronoUnit.DAYS) + "|"
                    + contents.stream().map(content -> content.version(now)).collect(Collectors.joining("|"));
            checkedAt = now;
            checkedAtNanos = System.nanoTime();
        } catch (DataAccessException unreachable) {
            if (version == null || !DatabaseOutageFilter.isOutage(unreachable)) {
                throw unreachable;
            }
            // Each try costs the request making it the pool's 2 s timeout: the next in 10 s.
            unreachableUntilNanos = System.nanoTime() + UNREACHABLE_RECHECK.toNanos();
        }
    }

    private static boolean isStorable(ContentCachingResponseWrapper response) {
        return response.getStatus() == HttpServletResponse.SC_OK
                && response.getContentSize() <= MAX_BODY
                && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && response.getContentType() != null;
    }

    /**
     * Whether the request's {@code Accept-Encoding} allows gzip: named with a weight above zero, or
     * {@code *} is and gzip is not refused. Anything unreadable gets the plain bytes.
     */
    static boolean acceptsGzip(HttpServletRequest request) {
        Boolean gzip = null;
        boolean any = false;
        for (var values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING); values.hasMoreElements();) {
            for (String coding : values.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip();
                boolean accepted = weight(parts) > 0;
                if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                    gzip = gzip == Boolean.TRUE || accepted;
                } else if (name.equals("*")) {
                    any |= accepted;
                }
            }
        }
        return gzip != null ? gzip : any;
    }

    /** The {@code q} of one coding: 1 when absent, 0 when unreadable. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && parameter.regionMatches(true, 0, "q=", 0, 2)) {
                String value = parameter.substring(2).strip();
                if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
                    return 0;
                }
                return Double.parseDouble(value);
            }
        }
        return 1;
    }

    /**
     * A stored page: the version it was rendered at, its headers, its body, and the body
     * gzip-compressed (null when it is not text or compressing would not make it smaller).
     */
    record Entry(String version, List<Map.Entry<String, String>> headers, String contentType, String etag, byte[] body,
            byte[] gzipped) {

        static Entry of(String version, ContentCachingResponseWrapper response) {
            var headers = new ArrayList<Map.Entry<String, String>>();
            for (String name : response.getHeaderNames()) {
                if (!PER_REQUEST.contains(name.toLowerCase(Locale.ROOT))) {
                    for (String value : response.getHeaders(name)) {
                        headers.add(Map.entry(name, value));
                    }
                }
            }
            byte[] body = response.getContentAsByteArray();
            String contentType = response.getContentType();
            return new Entry(version, List.copyOf(headers), contentType, response.getHeader(HttpHeaders.ETAG), body,
                    isCompressible(contentType) ? smallerGzipped(body) : null);
        }

        private static boolean isCompressible(String contentType) {
            return contentType != null && COMPRESSIBLE.stream().anyMatch(contentType.toLowerCase(Locale.ROOT)::startsWith);
        }

        /** Compressed once, as tightly as gzip can (it is served many times); null when no smaller. */
        private static byte[] smallerGzipped(byte[] body) {
            var out = new ByteArrayOutputStream(body.length / 3 + 64);
            try (var gzip = new GZIPOutputStream(out) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            }) {
                gzip.write(body);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            return out.size() < body.length ? out.toByteArray() : null;
        }

        long size() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }

        /** Whether this request gets the compressed copy: it accepts gzip and there is one. */
        boolean gzipFor(HttpServletRequest request) {
            return gzipped != null && acceptsGzip(request);
        }

        void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
            for (Map.Entry<String, String> header : headers) {
                response.addHeader(header.getKey(), header.getValue());
            }
            String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
            if (etag != null && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
                if (gzipped != null) {
                    response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                }
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            writeBodyTo(request, response);
        }

        /** The body (and its type, length and encoding) to a response that has the other headers already. */
        void writeBodyTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
            boolean gzip = gzipFor(request);
            byte[] bytes = gzip ? gzipped : body;
            if (gzipped != null) {
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            }
            if (gzip) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
            response.setContentType(contentType);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }

        /** Weak comparison (RFC 9110 13.1.2): {@code W/"x"} and {@code "x"} match, as does {@code *}. */
        static boolean matches(String ifNoneMatch, String etag) {
            String opaque = opaque(etag);
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || opaque(tag).equals(opaque)) {
                    return true;
                }
            }
            return false;
        }

        private static String opaque(String tag) {
            return tag.startsWith("W/") ? tag.substring(2) : tag;
        }
    }
}
