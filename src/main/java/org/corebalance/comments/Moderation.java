package org.corebalance.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what happens to a new comment: a robot's is kept as spam, the coach's and a known
 * commenter's appear at once, and a first comment or one that looks like spam waits for the coach.
 * Pure rules, so every one of them is tested on its own.
 */
final class Moderation {

    static final int MAX_LINKS = 1;
    static final long TOO_FAST_MILLIS = 3_000;
    /** More comments than this from one address or e-mail within {@link CommentService#BURST} are held. */
    static final int BURST_LIMIT = 5;

    private Moderation() {
    }

    /** What the rules know about a comment as it arrives. */
    record Facts(boolean robot, boolean staff, boolean knownCommenter, int links, String text, Long elapsedMillis,
            long recentFromAddress, long recentFromEmail, List<String> blockedWords) {
    }

    /** The outcome: the status and, for a held or spam comment, why (for the coach's queue). */
    record Decision(CommentStatus status, String reason) {
    }

    static Decision decide(Facts facts) {
        if (facts.robot()) {
            return new Decision(CommentStatus.SPAM, "A hidden field only robots see was filled in");
        }
        if (facts.staff()) {
            return new Decision(CommentStatus.APPROVED, null);
        }
        var reasons = new ArrayList<String>();
        if (facts.links() > MAX_LINKS) {
            reasons.add(facts.links() + " links");
        }
        String blocked = blockedWordIn(facts.text(), facts.blockedWords());
        if (blocked != null) {
            reasons.add("Contains the blocked word \u201c" + blocked + "\u201d");
        }
        if (facts.elapsedMillis() != null && facts.elapsedMillis() < TOO_FAST_MILLIS) {
            reasons.add("Sent %.1f seconds after the page opened".formatted(facts.elapsedMillis() / 1000.0));
        }
        if (facts.recentFromAddress() > BURST_LIMIT) {
            reasons.add("Many comments from one network address");
        }
        if (facts.recentFromEmail() > BURST_LIMIT) {
            reasons.add("Many comments from one e-mail address");
        }
        if (!facts.knownCommenter()) {
            reasons.add("First comment from this e-mail address");
        }
        return reasons.isEmpty() ? new Decision(CommentStatus.APPROVED, null)
                : new Decision(CommentStatus.PENDING, String.join("; ", reasons));
    }

    /** The first blocked word or phrase that appears as a whole word, ignoring case. */
    static String blockedWordIn(String text, List<String> blockedWords) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : blockedWords) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(lower).find()) {
                return word;
            }
        }
        return null;
    }
}
