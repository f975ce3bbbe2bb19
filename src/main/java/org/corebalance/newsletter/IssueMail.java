package org.corebalance.newsletter;

/**
 * One newsletter as one subscriber receives it ({@code newsletter/mail/issue.jte}).
 *
 * @param subject the coach's subject line
 * @param bodyHtml the coach's Markdown, rendered and sanitised as articles are: the only HTML a
 *     mail template may write unescaped
 * @param unsubscribeUrl this subscriber's one-click way out
 * @param test true for the coach's test copy, whose subject says so
 */
public record IssueMail(String subject, String bodyHtml, String unsubscribeUrl, boolean test) {
}
