package org.corebalance.redirects;

import java.util.List;
import org.corebalance.shared.FieldErrors;

/** /admin/redirects: the owner's redirects with their use, and the form that adds one. */
public record RedirectsPage(List<Row> redirects, RedirectForm form, FieldErrors errors, String notice) {

    /** One redirect as listed; {@code lastUsed} is a date in the practice's time zone, or null when never used. */
    public record Row(long id, String from, String to, long hits, String lastUsed) {
    }
}
