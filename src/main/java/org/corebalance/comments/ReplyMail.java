package org.corebalance.comments;

/**
 * What the reply notice shows ({@code comments/mail/reply.jte}).
 *
 * @param name the name of the commenter who is told
 * @param replyAuthor who replied; {@code byCoach} when it was the coach
 * @param replyHtml the reply's body as readers see it, sanitised when it was saved
 * @param conversationUrl the reply under the article
 * @param stopUrl the one-click link that stops these notices for the comment
 */
public record ReplyMail(String name, String replyAuthor, boolean byCoach, String articleTitle, String replyHtml,
        String conversationUrl, String stopUrl) {
}
