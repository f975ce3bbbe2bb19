package org.corebalance.comments;

import java.time.Instant;

/** A comment as stored. {@code authorEmail} is null for staff; it is never shown to readers. */
record Comment(
        long id,
        long articleId,
        Long parentId,
        String authorName,
        String authorEmail,
        String authorWebsite,
        boolean byCoach,
        String bodyMarkdown,
        String bodyHtml,
        CommentStatus status,
        String heldReason,
        boolean notifyReplies,
        String notifyToken,
        Instant createdAt) {

    /** Whether this comment's author is to hear of the reply: they asked, their comment is visible, and the reply is not their own. */
    boolean wantsToHearOf(Comment reply) {
        return notifyReplies && authorEmail != null && status == CommentStatus.APPROVED && !authorEmail.equals(reply.authorEmail());
    }
}
