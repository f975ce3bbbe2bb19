package org.corebalance.newsletter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.corebalance.blog.BlogApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's newsletters before they go out: the list, drafts written and changed (a sent
 * newsletter never changes), and the text as subscribers will read it.
 */
@Service
class NewsletterEditing {

    private final NewsletterRepository newsletters;
    private final BlogApi blog;
    private final Clock clock;

    NewsletterEditing(NewsletterRepository newsletters, BlogApi blog, Clock clock) {
        this.newsletters = newsletters;
        this.blog = blog;
        this.clock = clock;
    }

    /** The newest first (at most 200). */
    @Transactional(readOnly = true)
    List<Newsletter> all() {
        return newsletters.findAll();
    }

    @Transactional(readOnly = true)
    Optional<Newsletter> find(long id) {
        return newsletters.find(id);
    }

    /** How many subscribers a newsletter sent now would go to. */
    @Transactional(readOnly = true)
    long confirmedSubscribers() {
        return newsletters.confirmedCount();
    }

    /** Saves a new draft; returns its id. */
    @Transactional
    long create(NewsletterForm form) {
        return newsletters.insert(form.subject().strip(), form.body(), clock.instant());
    }

    /** Saves a draft's new words; false, changing nothing, once it has been sent. */
    @Transactional
    boolean update(long id, NewsletterForm form) {
        return newsletters.update(id, form.subject().strip(), form.body(), clock.instant());
    }

    /** Markdown as subscribers will read it, rendered and sanitised; empty when there is no text yet. */
    String preview(String body) {
        return body == null || body.isBlank() ? "" : blog.renderMarkdownForMail(body);
    }
}
