package org.corebalance.comments;

/** A comment went to the moderation queue: it waits for the coach before readers can see it. */
public record CommentHeld(long commentId) {
}
