package org.corebalance.comments;

/** A reply became visible under a comment whose author asked to hear of replies. */
public record ReplyPublished(long replyId) {
}
