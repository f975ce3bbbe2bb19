package org.corebalance.contact;

/** A reader's contact message was stored (not a robot's): the coach is to be told and the sender thanked. */
public record ContactMessageReceived(long messageId) {
}
