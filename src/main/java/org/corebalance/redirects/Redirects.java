package org.corebalance.redirects;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corebalance.shared.FieldErrors;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.SiteAddresses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's redirects and their rules: an old address that is a live page of the site is
 * refused (the redirect would hide it, or never be used), as is one that leads to itself, round
 * in a loop, or off the site.
 */
@Service
class Redirects {

    private final RedirectRepository redirects;
    private final SiteAddresses site;
    private final String baseUrl;
    private final Clock clock;

    Redirects(RedirectRepository redirects, SiteAddresses site, CoreBalanceProperties properties, Clock clock) {
        this.redirects = redirects;
        this.site = site;
        this.baseUrl = properties.baseUrl();
        this.clock = clock;
    }

    List<Redirect> all() {
        return redirects.findAll();
    }

    /** Adds the redirect, or says for each field why not (and adds nothing). */
    @Transactional
    Outcome add(RedirectForm form) {
        TypedAddress from = TypedAddress.oldAddress(form.from());
        TypedAddress to = TypedAddress.target(form.to(), baseUrl);
        FieldErrors errors = FieldErrors.none();
        if (from.isRefused()) {
            errors = errors.with("from", from.problem());
        }
        if (to.isRefused()) {
            errors = errors.with("to", to.problem());
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        String oldPath = from.value();
        String key = TypedAddress.key(oldPath);
        String target = to.value();
        String targetKey = TypedAddress.key(TypedAddress.pathOf(target));
        if (key.equals(targetKey)) {
            return refused("to", "A redirect can't lead to the address it comes from.");
        }
        if (site.isPage(oldPath)) {
            return refused("from", oldPath + " is a page of this site now, so a redirect from it would never be used. "
                    + "Only addresses that no longer exist can be redirected.");
        }
        redirects.lockForChanges();
        Optional<Redirect> existing = redirects.findByKey(key);
        if (existing.isPresent()) {
            return refused("from", "There is already a redirect from " + existing.get().oldPath() + " (to "
                    + existing.get().target() + "). Remove it first to send it somewhere else.");
        }
        if (leadsBack(targetKey, key)) {
            return refused("to", "That would make a loop: " + TypedAddress.pathOf(target) + " already leads back to "
                    + oldPath + ".");
        }
        redirects.insert(oldPath, key, target, clock.instant());
        return new Outcome(redirects.findByKey(key).orElseThrow(), FieldErrors.none());
    }

    /** The redirect removed, or empty when there was none with this id. */
    @Transactional
    Optional<Redirect> remove(long id) {
        Optional<Redirect> found = redirects.findById(id);
        found.ifPresent(redirect -> redirects.delete(id));
        return found;
    }

    /** Whether the existing redirects, followed from {@code targetKey}, come back to {@code key}. */
    private boolean leadsBack(String targetKey, String key) {
        Set<String> seen = new HashSet<>();
        for (String at = targetKey; seen.add(at); ) {
            if (at.equals(key)) {
                return true;
            }
            Optional<Redirect> next = redirects.findByKey(at);
            if (next.isEmpty()) {
                return false;
            }
            at = TypedAddress.key(next.get().targetPath());
        }
        return false;
    }

    private static Outcome refused(String field, String message) {
        return new Outcome(null, FieldErrors.none().with(field, message));
    }

    /** What adding did: the redirect added, or the reasons it was not. */
    record Outcome(Redirect added, FieldErrors errors) {
    }
}
