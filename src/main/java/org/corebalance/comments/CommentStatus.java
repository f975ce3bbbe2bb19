package org.corebalance.comments;

/** Where a comment stands: waiting for the coach, visible to readers, or kept aside as spam. */
enum CommentStatus {
    PENDING, APPROVED, SPAM
}
