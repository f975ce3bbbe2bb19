/**
 * Comments under articles: guests and signed-in people comment, the coach replies and moderates,
 * a robot's or a doubtful comment waits in a queue, and commenters may be told of replies. Shown
 * under each article through the blog's {@code ArticleDiscussion}; uses {@code blog} for articles,
 * {@code membership} for who is signed in, {@code mail} to send, {@code system} for settings,
 * rate limits and the page cache.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments")
package org.corebalance.comments;
