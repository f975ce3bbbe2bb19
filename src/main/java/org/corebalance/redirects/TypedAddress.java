package org.corebalance.redirects;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.corebalance.system.SiteAddresses;

/**
 * An address as the owner types it into the redirect form, read into the one form it is stored
 * and matched in, or refused with a sentence that says why. Old addresses are paths (a full
 * address of the previous site counts by its path; its query and fragment are ignored); targets
 * are paths of this site, or full addresses under its base URL.
 */
record TypedAddress(String value, String problem) {

    static final int MAX_OLD = 300;
    static final int MAX_TARGET = 600;
    /** Read no further than this: anything longer is refused without looking at it. */
    private static final int MAX_TYPED = 2000;
    /** RFC 3986 path characters: unreserved, sub-delims, ":", "@", "/" and percent-escapes. */
    private static final Pattern PATH = Pattern.compile("(?:[A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*");
    /** The same and "?" for a query or fragment. */
    private static final Pattern QUERY = Pattern.compile("(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*");
    private static final String CHARACTERS = "Use only letters, digits and - . _ ~ / in an address; characters such as "
            + "< > \" { } | \\ ^ ` are not allowed (copy the address from the browser's address bar).";

    static TypedAddress oldAddress(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return refused("Please enter the old address, e.g. /about-us or https://old-site.example/about-us.");
        }
        if (text.length() > MAX_TYPED) {
            return refused("Keep the old address under " + MAX_OLD + " characters.");
        }
        if (hasScheme(text)) {
            text = afterAuthority(text);
        }
        if (!text.startsWith("/")) {
            return refused("An old address starts with / (e.g. /about-us), or is a full address starting with https://.");
        }
        String path = encode(cut(text, "?#"));
        if (!PATH.matcher(path).matches()) {
            return refused(CHARACTERS);
        }
        if (hasDotSegment(path)) {
            return refused("An address can't contain /./ or /../ parts.");
        }
        path = SiteAddresses.normalise(path);
        if (path.length() > MAX_OLD) {
            return refused("Keep the old address under " + MAX_OLD + " characters.");
        }
        return new TypedAddress(path, null);
    }

    /** A page of this site: a path, or a full address under {@code baseUrl} (read as its path). */
    static TypedAddress target(String typed, String baseUrl) {
        String text = typed == null ? "" : typed.strip();
        String offSite = "A redirect can only lead to a page of this site: a path such as /contact, or an address starting with "
                + baseUrl + "/.";
        if (text.isEmpty()) {
            return refused("Please enter where the old address should lead, e.g. /blog or /contact.");
        }
        if (text.length() > MAX_TYPED) {
            return refused("Keep the new address under " + MAX_TARGET + " characters.");
        }
        if (hasScheme(text)) {
            if (!authority(text).equalsIgnoreCase(URI.create(baseUrl).getRawAuthority())) {
                return refused(offSite);
            }
            text = afterAuthority(text);
        }
        if (!text.startsWith("/") || text.startsWith("//") || text.startsWith("/\\")) {
            return refused(offSite);
        }
        String path = encode(cut(text, "?#"));
        String rest = encode(text.substring(cut(text, "?#").length()));
        int fragment = rest.indexOf('#');
        if (!PATH.matcher(path).matches() || !QUERY.matcher(fragment < 0 ? rest : rest.substring(0, fragment)).matches()
                || (fragment >= 0 && !QUERY.matcher(rest.substring(fragment + 1)).matches())
                || (!rest.isEmpty() && !rest.startsWith("?") && !rest.startsWith("#"))) {
            return refused(CHARACTERS);
        }
        if (hasDotSegment(path)) {
            return refused("An address can't contain /./ or /../ parts.");
        }
        String target = SiteAddresses.normalise(path) + rest;
        if (target.length() > MAX_TARGET) {
            return refused("Keep the new address under " + MAX_TARGET + " characters.");
        }
        return new TypedAddress(target, null);
    }

    /** The path part of a target, without its query or fragment. */
    static String pathOf(String target) {
        return cut(target, "?#");
    }

    /** How an old address is matched: paths differing only in case are the same address. */
    static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    boolean isRefused() {
        return problem != null;
    }

    private static TypedAddress refused(String problem) {
        return new TypedAddress(null, problem);
    }

    private static boolean hasScheme(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** "https://host:8080/a/b?c" gives "host:8080". */
    private static String authority(String text) {
        String rest = text.substring(text.indexOf("://") + 3);
        return cut(rest, "/?#");
    }

    /** "https://host/a/b?c" gives "/a/b?c"; "https://host" gives "/". */
    private static String afterAuthority(String text) {
        String rest = text.substring(text.indexOf("://") + 3);
        String after = rest.substring(cut(rest, "/?#").length());
        return after.startsWith("/") ? after : "/" + after;
    }

    /** The text up to the first of the stop characters. */
    private static String cut(String text, String stops) {
        for (int i = 0; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Spaces and letters beyond ASCII as browsers send them: UTF-8, percent-escaped. */
    private static String encode(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint == ' ' || (codePoint > 0x7f && Character.isLetterOrDigit(codePoint))) {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                out.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
