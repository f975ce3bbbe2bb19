package org.corebalance.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corebalance.shared.PublicContent;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered bytes of public pages (identical for every anonymous reader) and serves them
 * again, with every header they were first sent with, while nothing readers could see has changed.
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

    /** The public pages modules declared, and among them the lists (only lists have pages; page 1 has no number). */
    private final WebRuleSet.Paths publicPages;
    private final WebRuleSet.Paths lists;
    private final PublicRevision revision;
    private final List<PublicContent> contents;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong storedBytes = new AtomicLong();
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile String version;
    private volatile long checkedAtNanos;
    private volatile long unreachableUntilNanos = System.nanoTime();
    private volatile Instant checkedAt = Instant.MIN;

    PublicPageCache(WebRuleSet rules, PublicRevision revision, List<PublicContent> contents, Clock clock) {
        this.publicPages = rules.publicPagePaths();
        this.lists = rules.publicListPaths();
        this.revision = revision;
        revision.onCommittedChange(this::changed);
        this.contents = List.copyOf(contents);
        this.clock = clock;
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
            entry.writeTo(request, response);
            return;
        }
        var recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        if (isStorable(recorder) && !request.isAsyncStarted()) {
            store(key, Entry.of(current, recorder));
        }
        recorder.copyBodyToResponse();
    }

    private void store(String key, Entry entry) {
        if (storedBytes.addAndGet(entry.body().length) > MAX_BYTES) {
            // Rare (the set of public pages is small); start afresh rather than track recency.
            clear();
            storedBytes.addAndGet(entry.body().length);
        }
        Entry previous = entries.put(key, entry);
        if (previous != null) {
            storedBytes.addAndGet(-previous.body().length);
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

    /** A stored page: the version it was rendered at, its headers and its body. */
    record Entry(String version, List<Map.Entry<String, String>> headers, String contentType, String etag, byte[] body) {

        static Entry of(String version, ContentCachingResponseWrapper response) {
            var headers = new ArrayList<Map.Entry<String, String>>();
            for (String name : response.getHeaderNames()) {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
                        && !name.equalsIgnoreCase(HttpHeaders.DATE)) {
                    for (String value : response.getHeaders(name)) {
                        headers.add(Map.entry(name, value));
                    }
                }
            }
            return new Entry(version, List.copyOf(headers), response.getContentType(),
                    response.getHeader(HttpHeaders.ETAG), response.getContentAsByteArray());
        }

        void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
            for (Map.Entry<String, String> header : headers) {
                response.addHeader(header.getKey(), header.getValue());
            }
            String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
            if (etag != null && ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.contains(etag))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
