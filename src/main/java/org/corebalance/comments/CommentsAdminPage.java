package org.corebalance.comments;

import java.util.List;

/**
 * /admin/comments: one box of the moderation queue (held, published or spam) with counts.
 *
 * @param done what the last action did, e.g. "3 comments approved", or null
 */
public record CommentsAdminPage(String box, long held, long published, long spam, List<Row> comments, String done) {

    /** A comment as the coach reviews it, with the e-mail readers never see. */
    public record Row(long id, String articleTitle, String articlePath, String authorName, String authorEmail,
            String authorWebsite, boolean byCoach, boolean reply, String bodyHtml, String heldReason, String received) {
    }
}
