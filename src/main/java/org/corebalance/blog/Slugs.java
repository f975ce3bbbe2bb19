package org.corebalance.blog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns titles and tag names into URL slugs, and says whether a string is a valid slug. */
final class Slugs {

    static final int MAX_LENGTH = 80;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** "Why a Tight Psoas Pulls on Your Low Back?" becomes "why-a-tight-psoas-pulls-on-your-low-back". */
    static String of(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", ""))
                .replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimDashes(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return slug;
    }

    static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH * 2 && VALID.matcher(slug).matches();
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
