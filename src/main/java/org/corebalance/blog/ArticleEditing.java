package org.corebalance.blog;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corebalance.media.MediaApi;
import org.corebalance.shared.FieldErrors;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coach's side of articles: what the editor shows, and turning a form plus the button
 * pressed (save draft, publish, schedule, update, unpublish) into a saved article.
 */
@Service
class ArticleEditing {

    static final int MAX_TAGS = 10;
    static final int MAX_TAG_LENGTH = 40;
    static final java.time.Duration MAX_SCHEDULE_AHEAD = java.time.Duration.ofDays(5 * 366);
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ArticleRepository articles;
    private final BlogService blog;
    private final ArticleMarkdown markdown;
    private final MediaApi media;
    private final PracticeSettingsService settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ArticleEditing(ArticleRepository articles, BlogService blog, ArticleMarkdown markdown, MediaApi media,
            PracticeSettingsService settings, TransactionTemplate transaction, Clock clock) {
        this.articles = articles;
        this.blog = blog;
        this.markdown = markdown;
        this.media = media;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What the buttons of the editor ask for. */
    enum Action {
        DRAFT, PUBLISH, SCHEDULE, UPDATE, UNPUBLISH;

        static Optional<Action> of(String value) {
            return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(value)).findFirst();
        }
    }

    ArticleAdminListPage list(String state, String query) {
        Instant now = clock.instant();
        List<ArticleAdminRow> rows = articles.findForAdmin(state, query, now, 200).stream()
                .map(article -> new ArticleAdminRow(article.id(), article.title(), article.slug(), state(article, now),
                        when(article, now), article.isPublicAt(now)))
                .toList();
        return new ArticleAdminListPage(rows, state, query == null ? "" : query, articles.counts(now));
    }

    Optional<Article> find(long id) {
        return articles.findById(id);
    }

    ArticleForm formOf(Article article) {
        String tags = articles.tagsOf(article.id()).stream().map(TagLink::name).collect(Collectors.joining(", "));
        String publishAt = article.publishedAt() == null ? ""
                : LOCAL_INPUT.format(article.publishedAt().atZone(zone()));
        return new ArticleForm(article.title(), article.slug(), article.summary(), article.bodyMarkdown(), tags,
                article.heroMediaId(), article.heroAlt() == null ? "" : article.heroAlt(), publishAt, null);
    }

    String state(Article article, Instant now) {
        if (article.status() == ArticleStatus.DRAFT) {
            return "Draft";
        }
        return article.publishedAt().isAfter(now) ? "Scheduled" : "Published";
    }

    String stateOf(long id) {
        return articles.findById(id).map(a -> state(a, clock.instant())).orElse("Draft");
    }

    String preview(String body) {
        return body == null || body.isBlank() ? "" : markdown.render(body).html();
    }

    ZoneId zone() {
        return settings.current().timeZone();
    }

    /** The outcome of saving: the article's id, or what is wrong with the form. */
    record Saved(Long id, FieldErrors errors) {

        boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Saves the form as a new article ({@code id} null) or over an existing one. {@code errors}
     * holds what bean validation already found; more checks are added here.
     */
    Saved save(Long id, ArticleForm form, Action action, FieldErrors errors) {
        Instant now = clock.instant();
        Optional<Article> current = id == null ? Optional.empty() : articles.findById(id);
        if (id != null && current.isEmpty()) {
            throw new ArticleNotFoundException(String.valueOf(id));
        }
        Optional<Long> earlier = earlierSubmission(id, form);
        if (earlier.isPresent()) {
            return new Saved(earlier.get(), FieldErrors.none());
        }
        String slug = form.slug() == null || form.slug().isBlank() ? Slugs.of(form.titleOrEmpty()) : form.slug().strip();
        if (!errors.has("slug")) {
            if (!Slugs.isValid(slug) || slug.length() > Slugs.MAX_LENGTH) {
                errors = errors.with("slug", "Use lower-case letters, digits and single hyphens, like why-the-psoas-tightens.");
            } else if (articles.slugTaken(slug, id)) {
                errors = errors.with("slug", "Another article already uses this address; choose a different one.");
            }
        }
        List<String> tags = tags(form.tags());
        if (tags.size() > MAX_TAGS) {
            errors = errors.with("tags", "Use at most " + MAX_TAGS + " tags.");
        } else if (tags.stream().anyMatch(t -> t.length() > MAX_TAG_LENGTH)) {
            errors = errors.with("tags", "Keep each tag under " + MAX_TAG_LENGTH + " characters.");
        }
        // Taking an article down always works, even one saved before images needed descriptions.
        if (action != Action.UNPUBLISH && !errors.has("body") && form.body() != null && !form.body().isBlank()) {
            String problem = imageProblem(form.body());
            if (problem != null) {
                errors = errors.with("body", problem);
            }
        }
        if (form.heroMediaId() != null) {
            if (!media.exists(form.heroMediaId())) {
                errors = errors.with("heroMediaId", "That image is no longer in the media library; choose another.");
            } else if (form.heroAlt() == null || form.heroAlt().isBlank()) {
                errors = errors.with("heroAlt",
                        "Describe the image for readers who cannot see it (for example: a person lying on their back with knees bent).");
            }
        }
        Instant publishedAt = null;
        ArticleStatus status = ArticleStatus.DRAFT;
        switch (action) {
            case PUBLISH -> {
                status = ArticleStatus.PUBLISHED;
                publishedAt = current.filter(a -> a.isPublicAt(now)).map(Article::publishedAt).orElse(now);
            }
            case UPDATE -> {
                status = current.map(Article::status).orElse(ArticleStatus.DRAFT);
                publishedAt = current.map(Article::publishedAt).orElse(null);
            }
            case SCHEDULE -> {
                status = ArticleStatus.PUBLISHED;
                Optional<Instant> when = parseLocal(form.publishAt());
                if (when.isEmpty()) {
                    errors = errors.with("publishAt", "Choose the date and time to publish it.");
                } else if (!when.get().isAfter(now)) {
                    errors = errors.with("publishAt", "Choose a time in the future, or press Publish now.");
                } else if (when.get().isAfter(now.plus(MAX_SCHEDULE_AHEAD))) {
                    errors = errors.with("publishAt", "Choose a time within the next five years.");
                } else {
                    publishedAt = when.get();
                }
            }
            case DRAFT, UNPUBLISH -> {
                status = ArticleStatus.DRAFT;
            }
        }
        if (!errors.isEmpty()) {
            // A second click whose twin finished meanwhile finds "its" address taken: it is the same article.
            FieldErrors problems = errors;
            return earlierSubmission(id, form).map(same -> new Saved(same, FieldErrors.none()))
                    .orElseGet(() -> new Saved(id, problems));
        }
        var draft = new ArticleDraft(form.title().strip(), slug, form.summary().strip(), form.body(), tags, status,
                publishedAt, form.heroMediaId(), form.heroMediaId() == null ? null : form.heroAlt().strip());
        if (id != null) {
            try {
                blog.update(id, draft);
            } catch (ImagesGoneException e) {
                return new Saved(id, imagesGone(e, form));
            } catch (IllegalArgumentException | DataIntegrityViolationException e) {
                // Another editor took the address between our check and the save.
                return new Saved(id, FieldErrors.none()
                        .with("slug", "Another article already uses this address; choose a different one."));
            } catch (ConcurrencyFailureException e) {
                return new Saved(id, FieldErrors.none()
                        .with("title", "Another save was running at the same moment; press the button again."));
            }
            return new Saved(id, FieldErrors.none());
        }
        try {
            Long created = transaction.execute(tx -> {
                long newId = blog.create(draft);
                if (form.submissionId() != null && !form.submissionId().isBlank()) {
                    articles.setSubmission(newId, form.submissionId());
                }
                return newId;
            });
            return new Saved(created, FieldErrors.none());
        } catch (ImagesGoneException e) {
            return new Saved(null, imagesGone(e, form));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // The same form sent twice at once: the first one made the article. (The twin may also
            // have held its locks past the database's lock timeout: H2 then gives up instead of waiting.)
            boolean clash = e instanceof DataIntegrityViolationException;
            return articles.findBySubmission(String.valueOf(form.submissionId()))
                    .map(first -> new Saved(first, FieldErrors.none()))
                    .orElseGet(() -> new Saved(null, clash
                            ? FieldErrors.none().with("slug", "Another article already uses this address; choose a different one.")
                            : FieldErrors.none().with("title", "Another save was running at the same moment; press the button again.")));
        }
    }

    void delete(long id) {
        blog.delete(id);
    }

    /**
     * What keeps the text's images from being shown (one without a description, one from outside
     * the library or no longer in it), the first three at most, or null when there is nothing.
     */
    String imageProblem(String body) {
        ArticleMarkdown.Rendered rendered = markdown.render(body);
        var problems = new ArrayList<>(rendered.imageProblems());
        rendered.images().stream().filter(id -> !media.exists(id)).forEach(id -> problems.add("The image /media/" + id
                + "/\u2026 is not in the media library (it may have been deleted). Insert another one."));
        return problems.isEmpty() ? null : String.join(" ", problems.subList(0, Math.min(3, problems.size())));
    }

    /** An image was deleted from the library between the checks and the save. */
    private static FieldErrors imagesGone(ImagesGoneException e, ArticleForm form) {
        String field = form.heroMediaId() != null && e.ids().contains(form.heroMediaId()) ? "heroMediaId" : "body";
        return FieldErrors.none().with(field, "An image this article shows was just deleted from the media library ("
                + e.ids().stream().map(id -> "/media/" + id + "/\u2026").collect(Collectors.joining(", "))
                + "). Choose another one.");
    }

    private Optional<Long> earlierSubmission(Long id, ArticleForm form) {
        if (id != null || form.submissionId() == null || form.submissionId().isBlank()) {
            return Optional.empty();
        }
        return articles.findBySubmission(form.submissionId());
    }

    private Optional<Instant> parseLocal(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).atZone(zone()).toInstant().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private String when(Article article, Instant now) {
        Instant at = article.status() == ArticleStatus.DRAFT ? article.updatedAt() : article.publishedAt();
        String prefix = article.status() == ArticleStatus.DRAFT ? "edited " : article.publishedAt().isAfter(now) ? "for " : "";
        return prefix + settings.current().time().dateTime(at);
    }

    static List<String> tags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
