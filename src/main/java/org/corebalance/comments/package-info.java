/**
 * Comments under articles: guests and signed-in people comment, the coach replies and moderates,
 * a robot's or a doubtful comment waits in a queue, and commenters may be told of replies. Shown
 * under each article through the blog's {@code ArticleDiscussion}; uses {@code blog} for articles,
 * {@code shared}'s {@code WhoIsSignedIn} for who is signed in, {@code mail} to send (its e-mails
 * are templates under {@code comments/mail/}), {@code system} for settings, rate limits and the
 * page cache. Publishes {@link org.corebalance.comments.CommentHeld} when a comment waits for the
 * coach and {@link org.corebalance.comments.ReplyPublished} when a reply someone asked to hear of
 * is visible (the reply notice listens to it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments")
package org.corebalance.comments;
