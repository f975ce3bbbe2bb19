package org.corebalance.assessment;

/**
 * What the copy of a result shows ({@code assessment/mail/result.jte}): the result as its page
 * shows it, and the private link to that page.
 */
public record ResultMail(ResultPage result, String link) {
}
