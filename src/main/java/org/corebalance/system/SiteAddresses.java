package org.corebalance.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The addresses of this site: the one canonical form of a path people type (single slashes, no
 * trailing slash), whether a path is a live page (a fixed page some handler answers, a file of the
 * site's own, or what a module says is its page), and where an address that would answer "not
 * found" went instead. Knows no module's URLs: fixed pages are read from the handlers, the rest
 * is asked of every module's {@link KnownAddresses}.
 */
@Component
public class SiteAddresses {

    private final ObjectProvider<RequestMappingInfoHandlerMapping> handlerMappings;
    private final List<KnownAddresses> modules;
    /** Fixed paths some handler answers to GET, lower-cased; read once, when first needed (handlers never change). */
    private volatile Set<String> fixedPages;

    SiteAddresses(ObjectProvider<RequestMappingInfoHandlerMapping> handlerMappings, List<KnownAddresses> modules) {
        this.handlerMappings = handlerMappings;
        this.modules = List.copyOf(modules);
    }

    /**
     * The canonical form of a path: runs of slashes made one, and no trailing slash ("/" itself
     * stays). "/blog/" becomes "/blog", "//x//y/" becomes "/x/y". Null for anything that is not a
     * path starting with "/".
     */
    public static String normalise(String path) {
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        var out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '/' || out.isEmpty() || out.charAt(out.length() - 1) != '/') {
                out.append(c);
            }
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /**
     * Whether readers can open {@code path} now, in this case or in lower case: a fixed page, a
     * file of the site's own, or a module's page (a published article). A redirect from such an
     * address would hide the page, or never be used.
     */
    public boolean isPage(String path) {
        String normal = normalise(path);
        if (normal == null) {
            return false;
        }
        String lower = normal.toLowerCase(Locale.ROOT);
        return fixedPages().contains(lower) || isOwnFile(normal) || isOwnFile(lower)
                || modules.stream().anyMatch(module -> module.isPage(normal) || module.isPage(lower));
    }

    /**
     * Where a GET for {@code rawPath} that would answer 404 should go instead: a fixed page typed
     * with a trailing slash or in capitals, then what the modules say, then the path without its
     * trailing slash. Always a path on this site, never one that starts with "//".
     */
    Optional<String> movedTo(String rawPath) {
        String path = normalise(rawPath);
        if (path == null) {
            return Optional.empty();
        }
        String fixed = fixedPages().contains(path.toLowerCase(Locale.ROOT)) ? path.toLowerCase(Locale.ROOT) : null;
        if (fixed != null && !fixed.equals(rawPath)) {
            return Optional.of(fixed);
        }
        for (KnownAddresses module : modules) {
            Optional<String> moved = module.movedTo(path).filter(SiteAddresses::isOnThisSite);
            if (moved.isPresent()) {
                return moved;
            }
        }
        return path.equals(rawPath) ? Optional.empty() : Optional.of(path);
    }

    /** A relative address that stays on this site: one slash first, never "//host" or "/\host". */
    static boolean isOnThisSite(String location) {
        return location.startsWith("/") && (location.length() == 1 || (location.charAt(1) != '/' && location.charAt(1) != '\\'));
    }

    private static boolean isOwnFile(String path) {
        if (path.contains("..") || path.equals("/")) {
            return false;
        }
        return new ClassPathResource("static" + path).isReadable();
    }

    private Set<String> fixedPages() {
        Set<String> pages = fixedPages;
        if (pages == null) {
            pages = handlerMappings.orderedStream()
                    .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                    .filter(SiteAddresses::answersGet)
                    .flatMap(info -> info.getPathPatternsCondition() == null ? java.util.stream.Stream.<PathPattern>empty()
                            : info.getPathPatternsCondition().getPatterns().stream())
                    .filter(pattern -> !pattern.hasPatternSyntax())
                    .map(pattern -> pattern.getPatternString().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
            fixedPages = pages;
        }
        return pages;
    }

    private static boolean answersGet(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }
}
