package org.corebalance.comments;

import java.util.List;

/**
 * /admin/comments: one box of the moderation queue (held, published or spam) with counts.
 *
 * @param notice what the last action did, or null
 * @param reply a reply from the queue that came back with a mistake, or {@link Reply#NONE}
 */
public record CommentsAdminPage(String box, long held, long published, long spam, List<Row> comments, Notice notice,
        Reply reply) {

    /** A comment as the coach reviews it, with the e-mail readers never see. */
    public record Row(long id, String articleTitle, String articlePath, String authorName, String authorEmail,
            String authorWebsite, boolean byCoach, boolean reply, String bodyHtml, String heldReason, String received) {
    }

    /**
     * What was just done, e.g. "3 approved" (the page adds the full stop).
     *
     * @param link where to see the result (a reply under its article), or null
     */
    public record Notice(String text, String link) {
    }

    /**
     * The reply being written to one comment, with what is wrong with it.
     *
     * @param to the comment's id, or 0 for none
     */
    public record Reply(long to, String text, String error) {

        public static final Reply NONE = new Reply(0, "", null);

        /** The text to show in the reply box of this comment. */
        public String textFor(long commentId) {
            return commentId == to ? text : "";
        }

        /** The message for this comment's reply, or null. */
        public String errorFor(long commentId) {
            return commentId == to ? error : null;
        }
    }

    /** Whether the comment with this id is in the box shown. */
    public boolean lists(long commentId) {
        return comments.stream().anyMatch(row -> row.id() == commentId);
    }

    /** Replies are written to waiting comments (approving them) and published ones, never to spam. */
    public boolean replies() {
        return !box.equals("spam");
    }
}
