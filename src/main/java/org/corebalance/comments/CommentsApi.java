package org.corebalance.comments;

import org.springframework.stereotype.Service;

/** What other modules may ask about comments: how many wait for the coach (the dashboard). */
@Service
public class CommentsApi {

    private final CommentRepository comments;

    CommentsApi(CommentRepository comments) {
        this.comments = comments;
    }

    public long waitingForApproval() {
        return comments.counts().get(CommentStatus.PENDING);
    }
}
