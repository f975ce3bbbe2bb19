package org.corebalance.blog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corebalance.shared.PageMeta;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.PracticeSettingsService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What an article page tells search engines and share cards: Open Graph data and JSON-LD. */
@Component
class ArticleStructuredData {

    private final JsonMapper json;
    private final CoreBalanceProperties properties;
    private final PracticeSettingsService settings;

    ArticleStructuredData(JsonMapper json, CoreBalanceProperties properties, PracticeSettingsService settings) {
        this.json = json;
        this.properties = properties;
        this.settings = settings;
    }

    PageMeta meta(Article article, ArticleCard card) {
        String url = absolute(card.url());
        PageMeta.ShareImage image = card.hero() == null ? null
                : new PageMeta.ShareImage(absolute(card.hero().largest()), card.hero().width(), card.hero().height(),
                        card.heroAlt());
        var organisation = Map.of("@type", "Organization", "name", settings.current().name(),
                "url", properties.baseUrl());
        var data = new LinkedHashMap<String, Object>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Article");
        data.put("headline", article.title());
        data.put("description", article.summary());
        data.put("datePublished", article.publishedAt().toString());
        data.put("dateModified", article.lastModified().toString());
        data.put("mainEntityOfPage", url);
        data.put("url", url);
        data.put("author", organisation);
        data.put("publisher", organisation);
        data.put("keywords", card.tags().stream().map(TagLink::name).toList());
        data.put("timeRequired", "PT" + article.readingMinutes() + "M");
        if (image != null) {
            data.put("image", List.of(image.url()));
        }
        return new PageMeta(article.title(), article.summary(), card.url(), "article", image, safeJson(data));
    }

    /** JSON that cannot close the script element it sits in. */
    private String safeJson(Object value) {
        return json.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private String absolute(String path) {
        return properties.baseUrl() + path;
    }
}
