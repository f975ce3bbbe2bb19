package org.corebalance.comments;

import java.util.List;

/**
 * A visible comment as readers see it: the author's name (a link when they gave a website), whether
 * it is the coach's, when, the sanitised body, and its replies.
 */
public record CommentView(
        long id,
        String authorName,
        String website,
        boolean byCoach,
        String isoTime,
        String displayTime,
        String bodyHtml,
        List<CommentView> replies) {
}
