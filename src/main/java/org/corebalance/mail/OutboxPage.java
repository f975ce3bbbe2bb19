package org.corebalance.mail;

import java.util.List;

/** The outbox list, or one message ({@code message} not null), and whether mail leaves the server at all. */
public record OutboxPage(List<OutboxEntry> entries, boolean deliveryConfigured, OutboxEntry message) {
}
