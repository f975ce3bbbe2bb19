package org.corebalance.contact;

import org.springframework.stereotype.Service;

/** What other modules may ask of the contact inbox (the dashboard shows the unread count). */
@Service
public class ContactApi {

    private final ContactRepository messages;

    ContactApi(ContactRepository messages) {
        this.messages = messages;
    }

    public long unreadMessages() {
        return messages.countUnread();
    }
}
