package org.corebalance.newsletter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.corebalance.blog.BlogApi;
import org.corebalance.media.MediaApi;
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
    private final MediaApi media;
    private final Clock clock;

    NewsletterEditing(NewsletterRepository newsletters, BlogApi blog, MediaApi media, Clock clock) {
        this.newsletters = newsletters;
        this.blog = blog;
        this.media = media;
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
        holdImages(form);
        return newsletters.insert(form.subject().strip(), form.body(), clock.instant());
    }

    /** Saves a draft's new words; false, changing nothing, once it has been sent. */
    @Transactional
    boolean update(long id, NewsletterForm form) {
        holdImages(form);
        return newsletters.update(id, form.subject().strip(), form.body(), clock.instant());
    }

    /**
     * Keeps the library's images the text shows from being deleted while it is saved: a deletion
     * waits, then sees this newsletter use them (see {@link NewsletterImages}).
     */
    private void holdImages(NewsletterForm form) {
        media.holdForUse(blog.imagesIn(form.body()));
    }

    /** Markdown as subscribers will read it, rendered and sanitised; empty when there is no text yet. */
    String preview(String body) {
        return body == null || body.isBlank() ? "" : blog.renderMarkdownForMail(body);
    }
}
