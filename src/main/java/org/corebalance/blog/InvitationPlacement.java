package org.corebalance.blog;

/**
 * Decides where, inside an article, the invitation to the free trial goes: before the section
 * heading nearest the middle of the text, never before the first section or inside the
 * takeaways box. Short articles without sections get it only below.
 */
final class InvitationPlacement {

    private InvitationPlacement() {
    }

    /** The index in {@code html} to insert the invitation at, or -1 for none inside. */
    static int of(String html) {
        int end = html.indexOf("<div class=\"takeaways\"");
        if (end < 0) {
            end = html.length();
        }
        int middle = end / 2;
        int best = -1;
        int from = html.indexOf("<h2", 1);
        while (from >= 0 && from < end) {
            if (best < 0 || Math.abs(from - middle) < Math.abs(best - middle)) {
                best = from;
            }
            from = html.indexOf("<h2", from + 3);
        }
        // The first section heading would put the invitation before the reader has read anything.
        int first = html.indexOf("<h2");
        return best == first && first < end / 4 ? -1 : best;
    }
}
