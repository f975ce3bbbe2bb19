package org.corebalance.assessment;

/**
 * What the coach is told of a red flag ({@code assessment/mail/red-flag.jte}): only how soon the
 * person needs care and where the lead is; the answers stay on the server.
 *
 * @param care who the person should see and how soon, in words ("a doctor today")
 */
public record RedFlagMail(String care, String leadUrl) {
}
