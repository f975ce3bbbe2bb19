package org.corebalance.newsletter;

import java.util.List;

/** The owner's subscriber list. */
public record SubscribersPage(List<Subscriber> subscribers) {

    public long confirmed() {
        return subscribers.stream().filter(s -> s.status().equals("CONFIRMED")).count();
    }
}
