package org.corebalance.blog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corebalance.media.MediaApi;
import org.corebalance.shared.PageMeta;
import org.corebalance.shared.PublicContent;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.PracticeSettings;
import org.corebalance.system.PracticeSettingsService;
import org.corebalance.system.PublicRevision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blog's rules: what readers may see now (by the injected clock), how lists page, which
 * articles are related, and how an article is saved (Markdown rendered and sanitised once,
 * tags created on the fly, an old slug kept as a redirect).
 */
@Service
class BlogService implements PublicContent {

    static final int PAGE_SIZE = 10;
    static final int FEED_SIZE = 20;
    static final int RELATED = 3;
    static final int HOME_LATEST = 3;
    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final ArticleRepository articles;
    private final ArticleMarkdown markdown;
    private final MediaApi media;
    private final ArticleStructuredData structuredData;
    private final PublicRevision revision;
    private final Clock clock;
    private final PracticeSettingsService settings;
    private final String tagline;

    BlogService(ArticleRepository articles, ArticleMarkdown markdown, MediaApi media,
            ArticleStructuredData structuredData, PublicRevision revision,
            Clock clock, PracticeSettingsService settings, CoreBalanceProperties properties) {
        this.revision = revision;
        this.articles = articles;
        this.markdown = markdown;
        this.media = media;
        this.structuredData = structuredData;
        this.clock = clock;
        this.settings = settings;
        this.tagline = properties.practice().tagline();
    }

    HomePage home() {
        PracticeSettings practice = settings.current();
        var meta = PageMeta.website(tagline,
                "Coaching for chronic low back pain from " + practice.city() + ": build deep core stability first, "
                        + "with a free assessment and a 7-day free trial of Core Balance Training.", "/");
        return new HomePage(meta, cards(articles.findPublic(HOME_LATEST, 0, clock.instant())));
    }

    /** The blog index page, or empty when the page number is past the end. */
    Optional<ArticleListPage> index(int page) {
        Instant now = clock.instant();
        long total = articles.countPublic(now);
        return paginate(page, total, "/blog").map(pagination -> {
            List<Article> found = articles.findPublic(PAGE_SIZE, (page - 1) * PAGE_SIZE, now);
            String title = page == 1 ? "Articles" : "Articles, page " + page;
            var meta = PageMeta.website(title,
                    "Plain-spoken articles on low back pain, the psoas, breathing, bracing and building stability first.",
                    pagination.url(page));
            return new ArticleListPage(meta, "Articles",
                    "Practical reading on low back pain and how to build a stable, comfortable trunk.", null,
                    cards(found), pagination);
        });
    }

    /** One tag's page, or empty for an unknown tag or a page past the end. */
    Optional<ArticleListPage> tag(String slug, int page) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return articles.findTag(slug).flatMap(tag -> {
            long total = articles.countPublicByTag(tag.id(), now);
            if (total == 0) {
                return Optional.empty();
            }
            var link = new TagLink(tag.slug(), tag.name());
            return paginate(page, total, link.url()).map(pagination -> {
                String heading = "Articles tagged \u201c" + tag.name() + "\u201d";
                var meta = PageMeta.website(page == 1 ? heading : heading + ", page " + page,
                        "Articles about " + tag.name() + " from " + settings.current().name() + ".",
                        pagination.url(page));
                return new ArticleListPage(meta, heading, null, link,
                        cards(articles.findPublicByTag(tag.id(), PAGE_SIZE, (page - 1) * PAGE_SIZE, now)), pagination);
            });
        });
    }

    ArticleLookup article(String slug) {
        if (!Slugs.isValid(slug)) {
            return new ArticleLookup.NotFound();
        }
        Instant now = clock.instant();
        Optional<Article> found = articles.findPublic(slug, now);
        if (found.isEmpty()) {
            return articles.findPublicRedirect(slug, now)
                    .<ArticleLookup>map(ArticleLookup.MovedTo::new)
                    .orElseGet(ArticleLookup.NotFound::new);
        }
        Article article = found.get();
        List<Article> related = articles.findPublicRelated(article.id(), RELATED, now);
        var all = new ArrayList<Article>();
        all.add(article);
        all.addAll(related);
        List<ArticleCard> cards = cards(all);
        ArticleCard card = cards.get(0);
        String html = article.bodyHtml();
        int split = InvitationPlacement.of(html);
        String before = split < 0 ? html : html.substring(0, split);
        String after = split < 0 ? "" : html.substring(split);
        return new ArticleLookup.Found(new ArticleRef(article.id(), article.slug(), article.title()),
                new ArticlePage(structuredData.meta(article, card), card, before, after, cards.subList(1, cards.size()), null));
    }

    /**
     * The current slug of the public article a reader means by {@code slug}, in any case: the
     * article's own, or the one it moved to. Empty when there is none.
     */
    Optional<String> currentSlug(String slug) {
        String lower = slug.toLowerCase(Locale.ROOT);
        if (!Slugs.isValid(lower)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return articles.findPublicSlug(lower, now).or(() -> articles.findPublicRedirect(lower, now));
    }

    /** Whether a tag page lists anything now, i.e. exists. */
    boolean tagInUse(String slug) {
        return Slugs.isValid(slug) && articles.findTag(slug)
                .filter(tag -> articles.countPublicByTag(tag.id(), clock.instant()) > 0).isPresent();
    }

    /** The latest public articles, newest first, with their full HTML. */
    List<FeedEntry> feed() {
        List<Article> latest = articles.findPublicWithBodies(FEED_SIZE, clock.instant());
        Map<Long, List<TagLink>> tags = articles.tagsOf(latest.stream().map(Article::id).toList());
        return latest.stream().map(a -> new FeedEntry(a, tags.getOrDefault(a.id(), List.of()))).toList();
    }

    /** Every public article (slug and last change) and every tag in use, for the sitemap. */
    Sitemap sitemap() {
        Instant now = clock.instant();
        // The sitemap protocol allows 50,000 addresses per file; the home page, index and tags need some.
        List<Article> all = articles.findPublic(45_000, 0, now);
        return new Sitemap(all, articles.findTagsInUse(now));
    }

    @Transactional
    long create(ArticleDraft draft) {
        validate(draft, null);
        ArticleMarkdown.Rendered rendered = markdown.render(draft.bodyMarkdown());
        Set<Long> images = holdImages(draft, rendered);
        long id = articles.insert(draft, rendered.html(), rendered.readingMinutes(), clock.instant());
        articles.replaceTags(id, tagLinks(draft.tags()));
        articles.replaceImages(id, images);
        revision.bump();
        return id;
    }

    @Transactional
    void update(long id, ArticleDraft draft) {
        Article current = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
        validate(draft, id);
        ArticleMarkdown.Rendered rendered = markdown.render(draft.bodyMarkdown());
        Set<Long> images = holdImages(draft, rendered);
        articles.update(id, draft, rendered.html(), rendered.readingMinutes(), clock.instant());
        if (!current.slug().equals(draft.slug())) {
            articles.moveSlug(id, current.slug(), draft.slug());
        }
        articles.replaceTags(id, tagLinks(draft.tags()));
        articles.replaceImages(id, images);
        revision.bump();
    }

    /** Changes as scheduled articles come due (every edit also bumps the {@link PublicRevision}). */
    @Override
    public String version(Instant now) {
        return "articles:" + articles.countPublic(now);
    }

    long count() {
        return articles.count();
    }

    @Transactional
    void delete(long id) {
        if (articles.delete(id) > 0) {
            revision.bump();
        }
    }

    long countDemo() {
        return articles.countDemo();
    }

    @Transactional
    void deleteDemo() {
        if (articles.deleteDemo() > 0) {
            revision.bump();
        }
    }

    /** A demo article, marked so that turning demo content off removes exactly these. */
    @Transactional
    long createDemo(ArticleDraft draft) {
        long id = create(draft);
        articles.markDemo(id);
        return id;
    }

    boolean claimDemoLoad() {
        return articles.claimDemoLoad(clock.instant());
    }

    private void validate(ArticleDraft draft, Long id) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new IllegalArgumentException("An article needs a title.");
        }
        if (!Slugs.isValid(draft.slug())) {
            throw new IllegalArgumentException("Not a valid slug: " + draft.slug());
        }
        if (articles.slugTaken(draft.slug(), id)) {
            throw new IllegalArgumentException("Another article already uses the slug " + draft.slug());
        }
        if (draft.heroMediaId() != null && (draft.heroAlt() == null || draft.heroAlt().isBlank())) {
            throw new IllegalArgumentException("A hero image needs alt text.");
        }
        if (draft.status() == ArticleStatus.PUBLISHED && draft.publishedAt() == null) {
            throw new IllegalArgumentException("A published article needs a publication time.");
        }
    }

    /**
     * Every library image the article shows (its hero, then those in its text), held in the media
     * library until the transaction ends, so that none is deleted while the article starts to show
     * it; refused when one is no longer there.
     */
    private Set<Long> holdImages(ArticleDraft draft, ArticleMarkdown.Rendered rendered) {
        Set<Long> images = new LinkedHashSet<>();
        if (draft.heroMediaId() != null) {
            images.add(draft.heroMediaId());
        }
        images.addAll(rendered.images());
        Set<Long> held = media.holdForUse(images);
        if (!held.containsAll(images)) {
            images.removeAll(held);
            throw new ImagesGoneException(images);
        }
        return images;
    }

    private static List<TagLink> tagLinks(List<String> names) {
        Map<String, TagLink> unique = new LinkedHashMap<>();
        for (String name : names) {
            String clean = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            String slug = Slugs.of(clean);
            if (!slug.isEmpty()) {
                unique.putIfAbsent(slug, new TagLink(slug, clean));
            }
        }
        return List.copyOf(unique.values());
    }

    private Optional<Pagination> paginate(int page, long total, String path) {
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return page >= 1 && page <= pages ? Optional.of(new Pagination(page, pages, path)) : Optional.empty();
    }

    private List<ArticleCard> cards(List<Article> list) {
        Map<Long, List<TagLink>> tags = articles.tagsOf(list.stream().map(Article::id).toList());
        return list.stream().map(a -> new ArticleCard(a.slug(), a.title(), a.summary(), date(a.publishedAt()),
                a.readingMinutes(), tags.getOrDefault(a.id(), List.of()),
                a.heroMediaId() == null ? null : media.describe(a.heroMediaId()).orElse(null), a.heroAlt())).toList();
    }

    private PublishedDate date(Instant instant) {
        ZoneId zone = settings.current().timeZone();
        return new PublishedDate(instant.truncatedTo(ChronoUnit.SECONDS).toString(), DISPLAY_DATE.format(instant.atZone(zone)));
    }

    /** What lives at an article address: the article, a redirect to its new slug, or nothing. */
    sealed interface ArticleLookup {

        record Found(ArticleRef ref, ArticlePage page) implements ArticleLookup {
        }

        record MovedTo(String slug) implements ArticleLookup {
        }

        record NotFound() implements ArticleLookup {
        }
    }

    /** An article in the feed with its tags. */
    record FeedEntry(Article article, List<TagLink> tags) {
    }

    /** What the sitemap lists. */
    record Sitemap(List<Article> articles, List<TagLink> tags) {
    }
}
