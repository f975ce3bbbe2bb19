package org.corebalance.contact;

import java.util.List;

/** The inbox ("inbox" or "archived") or one message ({@code message} not null). */
public record MessagesPage(String box, List<ContactMessage> messages, ContactMessage message) {
}
