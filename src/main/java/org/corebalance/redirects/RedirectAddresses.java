package org.corebalance.redirects;

import java.time.Clock;
import java.util.Optional;
import org.corebalance.system.KnownAddresses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Serves the owner's redirects: an old address that would answer 404 goes to its page, and the use
 * is counted (in memory, see {@link RedirectHits}). Read from the database each time, so a redirect added or removed through any
 * instance holds on all of them at once. Asked before other modules: the owner's word wins.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RedirectAddresses implements KnownAddresses {

    private final RedirectRepository redirects;
    private final RedirectHits hits;
    private final Clock clock;

    RedirectAddresses(RedirectRepository redirects, RedirectHits hits, Clock clock) {
        this.redirects = redirects;
        this.hits = hits;
        this.clock = clock;
    }

    @Override
    public Optional<String> movedTo(String path) {
        if (path.length() > TypedAddress.MAX_OLD) {
            return Optional.empty();
        }
        Optional<Redirect> found = redirects.findByKey(TypedAddress.key(path));
        found.ifPresent(redirect -> hits.count(redirect.id(), clock.instant()));
        return found.map(Redirect::target);
    }
}
