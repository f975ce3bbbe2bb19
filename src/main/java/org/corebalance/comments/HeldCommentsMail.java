package org.corebalance.comments;

import java.util.List;

/** What the coach's digest of held comments shows ({@code comments/mail/held.jte}), and where the queue is. */
public record HeldCommentsMail(List<Held> comments, String queueUrl) {

    /** One held comment: who wrote it, under which article, why it waits, and its first words. */
    public record Held(String authorName, String articleTitle, String reason, String excerpt) {
    }
}
