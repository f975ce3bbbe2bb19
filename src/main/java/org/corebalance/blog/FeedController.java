package org.corebalance.blog;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.corebalance.system.CoreBalanceProperties;
import org.corebalance.system.PracticeSettingsService;
import org.corebalance.system.WebRuleSet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What machines read: the Atom feed, the sitemap and robots.txt. */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final BlogService blog;
    private final CoreBalanceProperties properties;
    private final PracticeSettingsService settings;
    private final FeedIds ids;
    private final WebRuleSet rules;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    FeedController(BlogService blog, CoreBalanceProperties properties, PracticeSettingsService settings, FeedIds ids,
            WebRuleSet rules) {
        this.blog = blog;
        this.properties = properties;
        this.settings = settings;
        this.ids = ids;
        this.rules = rules;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> feed() throws XMLStreamException {
        List<BlogService.FeedEntry> entries = blog.feed();
        String base = properties.baseUrl();
        var out = new StringWriter();
        XMLStreamWriter w = xml.createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("feed");
        w.writeDefaultNamespace(ATOM_NS);
        element(w, "id", ids.feed());
        String practice = settings.current().name();
        element(w, "title", practice);
        element(w, "subtitle", properties.practice().tagline());
        Instant updated = entries.stream().map(e -> e.article().lastModified()).max(Instant::compareTo).orElse(Instant.EPOCH);
        element(w, "updated", updated.toString());
        link(w, "self", base + "/feed.xml", "application/atom+xml");
        link(w, "alternate", base + "/blog", "text/html");
        w.writeStartElement("author");
        element(w, "name", practice);
        w.writeEndElement();
        for (BlogService.FeedEntry entry : entries) {
            Article article = entry.article();
            String url = base + "/blog/" + article.slug();
            w.writeStartElement("entry");
            element(w, "id", ids.article(article.id()));
            element(w, "title", article.title());
            link(w, "alternate", url, "text/html");
            element(w, "published", article.publishedAt().toString());
            element(w, "updated", article.lastModified().toString());
            for (TagLink tag : entry.tags()) {
                w.writeEmptyElement("category");
                w.writeAttribute("term", tag.slug());
                w.writeAttribute("label", tag.name());
            }
            element(w, "summary", article.summary());
            w.writeStartElement("content");
            w.writeAttribute("type", "html");
            w.writeAttribute("xml:base", url);
            w.writeCharacters(article.bodyHtml());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        BlogService.Sitemap sitemap = blog.sitemap();
        String base = properties.baseUrl();
        var out = new StringWriter();
        XMLStreamWriter w = xml.createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("urlset");
        w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
        // Each module's fixed pages (the home, /contact, ...), as its web rules declare them.
        for (String path : rules.sitemapPages()) {
            url(w, base + path, null);
        }
        for (Article article : sitemap.articles()) {
            url(w, base + "/blog/" + article.slug(), article.lastModified());
        }
        for (TagLink tag : sitemap.tags()) {
            url(w, base + tag.url(), null);
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return ResponseEntity.ok().contentType(XML).body(out.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Allow: /
                Disallow: /admin
                Disallow: /app

                Sitemap: %s/sitemap.xml
                """.formatted(properties.baseUrl());
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        w.writeAttribute("type", type);
    }

    private static void url(XMLStreamWriter w, String loc, Instant lastModified) throws XMLStreamException {
        w.writeStartElement("url");
        element(w, "loc", loc);
        if (lastModified != null) {
            element(w, "lastmod", lastModified.toString());
        }
        w.writeEndElement();
    }
}
