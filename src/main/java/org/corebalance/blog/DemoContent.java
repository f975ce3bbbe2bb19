package org.corebalance.blog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corebalance.media.MediaApi;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.DemoContentSwitched;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the practice's demo articles (written by us, with our own illustrations) into an empty
 * database at start-up, unless {@code corebalance.demo.enabled} is false. It happens once per
 * database: a database that holds any article, or that had the demo once, is never touched.
 *
 * <p>It runs once every bean is made and before the web server opens its port (which happens when
 * the context's lifecycle starts, after this), so the first reader never sees an empty blog. A
 * database out of reach fails the start within the pool's connection timeout, as Flyway would.
 */
@Component
class DemoContent implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    static final String ARTICLES = "classpath:demo/articles/*.md";
    static final String IMAGES = "classpath:demo/images/";

    private final BlogService blog;
    private final MediaApi media;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    DemoContent(BlogService blog, MediaApi media, TransactionTemplate transaction, CoreBalanceProperties properties) {
        this.blog = blog;
        this.media = media;
        this.transaction = transaction;
        this.enabled = properties.demo().enabled();
    }

    @Override
    public void afterSingletonsInstantiated() {
        loadIntoEmptyDatabase();
    }

    void loadIntoEmptyDatabase() {
        if (!enabled || blog.count() > 0) {
            return;
        }
        try {
            Integer loaded = transaction.execute(status -> blog.claimDemoLoad() ? load() : null);
            if (loaded != null) {
                log.info("Loaded {} demo articles into the empty database", loaded);
            }
        } catch (DataIntegrityViolationException e) {
            // Another instance started at the same moment and loaded them first.
            log.info("Demo articles were loaded by another instance");
        }
    }

    /**
     * The owner switched demo content in the settings: remove exactly the demo articles, or bring
     * them back, once the settings are saved and before the settings page answers (so not as an
     * asynchronous module listener: the owner expects the blog to have changed when it reloads).
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DemoContentSwitched switched) {
        if (switched.on()) {
            if (blog.countDemo() == 0) {
                transaction.executeWithoutResult(status -> load());
            }
        } else {
            blog.deleteDemo();
        }
    }

    int load() {
        Resource[] files = find(ARTICLES);
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            DemoArticle article = DemoArticle.parse(file.getFilename(), read(file));
            long hero = media.importIllustration(article.hero(), read(resources.getResource(IMAGES + article.hero()))
                    .getBytes(StandardCharsets.UTF_8));
            blog.createDemo(new ArticleDraft(article.title(), article.slug(), article.summary(), article.body(),
                    article.tags(), ArticleStatus.PUBLISHED, article.published(), hero, article.heroAlt()));
        }
        return files.length;
    }

    private Resource[] find(String pattern) {
        try {
            return resources.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo file " + resource.getFilename(), e);
        }
    }

    /** A demo article file: {@code key: value} front matter between {@code ---} lines, then Markdown. */
    record DemoArticle(String title, String slug, String summary, List<String> tags, Instant published,
            String hero, String heroAlt, String body) {

        static DemoArticle parse(String name, String text) {
            String normalised = text.replace("\r\n", "\n");
            if (!normalised.startsWith("---\n")) {
                throw new IllegalStateException(name + ": front matter must start with ---");
            }
            int end = normalised.indexOf("\n---\n", 4);
            if (end < 0) {
                throw new IllegalStateException(name + ": front matter is not closed with ---");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : normalised.substring(4, end).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            for (String required : List.of("title", "slug", "summary", "tags", "published", "hero", "heroAlt")) {
                if (fields.getOrDefault(required, "").isEmpty()) {
                    throw new IllegalStateException(name + ": front matter needs " + required);
                }
            }
            return new DemoArticle(fields.get("title"), fields.get("slug"), fields.get("summary"),
                    Arrays.stream(fields.get("tags").split(",")).map(String::strip).toList(),
                    Instant.parse(fields.get("published")), fields.get("hero"), fields.get("heroAlt"),
                    normalised.substring(end + 5).strip() + "\n");
        }
    }
}
