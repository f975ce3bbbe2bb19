package org.corebalance.mail;

/** Where a message stands in the outbox. */
public enum OutboxStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Claimed by a delivery pass that is sending it now. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: the mail server refused it for good (a 5xx answer), or its last attempt failed. */
    FAILED
}
