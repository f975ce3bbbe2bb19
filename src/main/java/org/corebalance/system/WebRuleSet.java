package org.corebalance.system;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.corebalance.shared.AdminMenu;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every module's {@link WebRules}, gathered: modules add path patterns (Spring's
 * {@code PathPattern} syntax, e.g. {@code /blog/{slug}} or {@code /admin/leads/**}), and the frame
 * reads them back as request matchers (security, the cross-site guard) or plain patterns (the
 * public page cache, caching headers); and the entries of the back office's menu.
 */
public final class WebRuleSet {

    private static final RequestMatcher NOTHING = request -> false;

    private final List<String> ownerOnly = new ArrayList<>();
    private final List<String> openToAll = new ArrayList<>();
    private final List<String> anonymousForms = new ArrayList<>();
    private final List<String> oneClickPosts = new ArrayList<>();
    private final List<String> publicPages = new ArrayList<>();
    private final List<String> publicLists = new ArrayList<>();
    private final List<String> sitemapPages = new ArrayList<>();
    private final List<AdminMenu.Entry> menuEntries = new ArrayList<>();

    WebRuleSet() {
    }

    static WebRuleSet of(List<WebRules> modules) {
        var rules = new WebRuleSet();
        modules.forEach(module -> module.declare(rules));
        return rules;
    }

    /** Back-office pages (under /admin) that only the practice's owner may open; editors are refused. */
    public WebRuleSet ownerOnly(String... patterns) {
        Collections.addAll(ownerOnly, patterns);
        return this;
    }

    /** Pages under /admin that anyone may open, because they decide themselves who gets what (e.g. first-run setup). */
    public WebRuleSet openToAll(String... patterns) {
        Collections.addAll(openToAll, patterns);
        return this;
    }

    /**
     * Forms anonymous readers post from public pages. Those pages are the same for everyone and
     * create no session, so the forms carry no session-bound CSRF token; a post to them is
     * refused when the browser says it comes from another site, and one from someone who has a
     * session (signed in) still needs its token.
     */
    public WebRuleSet anonymousForm(String... patterns) {
        Collections.addAll(anonymousForms, patterns);
        return this;
    }

    /**
     * One-click posts of RFC 8058 (unsubscribe links): mail programs send them from anywhere, with
     * no session and no Origin we know, so only the random token in the address protects them.
     */
    public WebRuleSet oneClickPost(String... patterns) {
        Collections.addAll(oneClickPosts, patterns);
        return this;
    }

    /** Public pages: the same bytes for every anonymous reader, so they are cached with their headers. */
    public WebRuleSet publicPage(String... patterns) {
        Collections.addAll(publicPages, patterns);
        return this;
    }

    /** Public pages that list things over numbered pages ({@code ?page=2}); each page is cached on its own. */
    public WebRuleSet publicList(String... patterns) {
        Collections.addAll(publicLists, patterns);
        return publicPage(patterns);
    }

    /**
     * Fixed public pages search engines should find, listed in {@code sitemap.xml} (e.g.
     * {@code /contact}); plain paths, not patterns. Pages that come and go (articles) are listed by
     * the module that assembles the sitemap.
     */
    public WebRuleSet sitemapPage(String... paths) {
        for (String path : paths) {
            if (!path.startsWith("/") || PathPatternParser.defaultInstance.parse(path).hasPatternSyntax()) {
                throw new IllegalArgumentException("A sitemap page is a plain path starting with /, not " + path);
            }
            sitemapPages.add(path);
        }
        return this;
    }

    /** Every module's sitemap pages, each once, in order of their paths ("/" first). */
    public List<String> sitemapPages() {
        return sitemapPages.stream().distinct().sorted().toList();
    }

    /**
     * An entry in the back office's menu for one of the module's pages (and in the dashboard's list
     * of everything): its group, its place in the group (smallest first), its label, its path
     * under /admin/, and a few words on what is there. Who sees it follows {@link #ownerOnly}: an
     * entry whose path only the owner may open is shown only to the owner.
     */
    public WebRuleSet menuEntry(AdminMenu.Group group, int order, String label, String path, String hint) {
        AdminMenu.Entry entry = new AdminMenu.Entry(group, order, label, path, hint);
        if (menuEntries.stream().anyMatch(other -> other.path().equals(path))) {
            throw new IllegalStateException("Two menu entries open " + path);
        }
        menuEntries.add(entry);
        return this;
    }

    List<AdminMenu.Entry> menuEntries() {
        return List.copyOf(menuEntries);
    }

    /** The owner-only pages as plain patterns, to tell which menu entries an editor may open. */
    Paths ownerOnlyPaths() {
        return new Paths(ownerOnly);
    }

    RequestMatcher ownerOnlyMatcher() {
        return matcher(null, ownerOnly);
    }

    RequestMatcher openToAllMatcher() {
        return matcher(null, openToAll);
    }

    RequestMatcher anonymousFormMatcher() {
        return matcher(HttpMethod.POST, anonymousForms);
    }

    /** Anonymous posts to those forms (no session) are exempt from the session-bound CSRF token. */
    RequestMatcher anonymousFormWithoutSessionMatcher() {
        RequestMatcher forms = anonymousFormMatcher();
        return request -> forms.matches(request) && request.getSession(false) == null;
    }

    RequestMatcher oneClickPostMatcher() {
        return matcher(HttpMethod.POST, oneClickPosts);
    }

    List<String> publicPagePatterns() {
        return List.copyOf(publicPages);
    }

    Paths publicPagePaths() {
        return new Paths(publicPages);
    }

    Paths publicListPaths() {
        return new Paths(publicLists);
    }

    private static RequestMatcher matcher(HttpMethod method, List<String> patterns) {
        if (patterns.isEmpty()) {
            return NOTHING;
        }
        List<RequestMatcher> matchers = patterns.stream()
                .map(pattern -> (RequestMatcher) (method == null ? pathPattern(pattern) : pathPattern(method, pattern)))
                .toList();
        return matchers.size() == 1 ? matchers.get(0) : new OrRequestMatcher(matchers);
    }

    /** Request paths tested against a few patterns, without the servlet machinery (the page cache runs before it). */
    static final class Paths {

        private final List<PathPattern> patterns;

        private Paths(List<String> patterns) {
            this.patterns = patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
        }

        boolean matches(HttpServletRequest request) {
            return matches(request.getRequestURI());
        }

        boolean matches(String path) {
            PathContainer container = PathContainer.parsePath(path);
            for (PathPattern pattern : patterns) {
                if (pattern.matches(container)) {
                    return true;
                }
            }
            return false;
        }
    }
}
