package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.MutableClock;
import org.corebalance.media.MediaApi;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public blog over real HTTP: every part a reader and a machine sees, and the bad inputs. */
@CoreBalanceTest
class BlogHttpTests {

    static final String ILLUSTRATION = """
            <svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
              <rect width="1600" height="900" fill="#d8ece9"/><circle cx="800" cy="450" r="300" fill="#125e5a"/>
            </svg>""";

    static final String BODY = """
            Most of us sit far more than our backs would choose.

            ## What the psoas does

            It joins the lumbar spine to the thigh bone.

            - It flexes the hip.
            - It helps steady the low back.

            ## Why it stays tight

            Sitting, stress and a trunk that lacks support.

            ## Stability first

            Build support before you take protection away.

            > [!TAKEAWAYS]
            > - Tightness can be protection.
            > - Build stability first.
            """;

    @LocalServerPort
    int port;
    @Autowired
    BlogService blog;
    @Autowired
    MediaApi media;
    @Autowired
    MutableClock clock;
    @Autowired
    JsonMapper json;

    Http http;
    String unique;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void resetClock() {
        clock.set(CoreBalanceTest.NOW);
    }

    private long publish(String slug, String title, List<String> tags, Instant at, boolean withHero) {
        Long hero = withHero ? media.importIllustration(slug + ".svg", ILLUSTRATION.getBytes(StandardCharsets.UTF_8)) : null;
        return blog.create(new ArticleDraft(title, slug, "A summary of " + title + ".", BODY, tags,
                ArticleStatus.PUBLISHED, at, hero, withHero ? "A teal circle on a pale background" : null));
    }

    @Test
    void anArticlePageHasEveryPartTheReaderNeeds() {
        String slug = "psoas-" + unique;
        String tag = "psoas " + unique;
        publish(slug, "Why a tight psoas pulls " + unique, List.of(tag, "general back pain"),
                CoreBalanceTest.NOW.minus(Duration.ofDays(1)), true);
        publish("sibling-" + unique, "A sibling " + unique, List.of(tag), CoreBalanceTest.NOW.minus(Duration.ofDays(2)), false);

        Document page = http.page("/blog/" + slug);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Why a tight psoas pulls " + unique);
        Element time = page.selectFirst(".article-meta time");
        assertThat(time.attr("datetime")).isEqualTo(CoreBalanceTest.NOW.minus(Duration.ofDays(1)).toString());
        assertThat(time.text()).isEqualTo("November 23, 2026");
        assertThat(page.selectFirst(".article-meta").text()).contains("1 min read");
        assertThat(page.select(".tags a")).extracting(e -> e.attr("href"))
                .containsExactlyInAnyOrder("/blog/tag/psoas-" + unique, "/blog/tag/general-back-pain");

        Element hero = page.selectFirst("figure.hero img");
        assertThat(hero.attr("alt")).isEqualTo("A teal circle on a pale background");
        assertThat(hero.attr("srcset")).contains("480w", "960w", "1600w");
        assertThat(hero.attr("width")).isEqualTo("1600");
        assertThat(hero.attr("height")).isEqualTo("900");
        assertThat(http.getBytes(hero.attr("src")).statusCode()).isEqualTo(200);

        assertThat(page.select(".prose h2[id] a.heading-anchor")).hasSize(3);
        assertThat(page.select(".prose ul li")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.selectFirst(".prose div.takeaways h2").text()).isEqualTo("Key takeaways");

        // The trial invitation sits inside the article (between sections) and again below it.
        assertThat(page.select(".prose > div.invitation a[href=/trial]")).hasSize(1);
        assertThat(page.select("article.article > div:not(.prose) > div.invitation a[href=/trial]")).hasSize(1);
        assertThat(page.select("div.invitation h2")).extracting(Element::text)
                .containsOnly("Try the 7-day free trial of Core Balance Training");

        assertThat(page.select("section#comments h2").first().ownText()).isEqualTo("Comments");
        assertThat(page.select("section#comments .comment-count").text()).isEqualTo("No comments yet");
        assertThat(page.select("form#comment-form").attr("action")).isEqualTo("/blog/" + slug + "/comments");
        assertThat(page.select(".related .card-title a")).extracting(Element::text).contains("A sibling " + unique);
        assertLayout(page);

        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/blog/" + slug);
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).matches("http://localhost:8080/media/\\d+/1600.jpg");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        JsonNode data = json.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(data.get("@type").asString()).isEqualTo("Article");
        assertThat(data.get("headline").asString()).isEqualTo("Why a tight psoas pulls " + unique);
        assertThat(data.get("image").get(0).asString()).endsWith("/1600.jpg");
    }

    /** Header call to action, footer contact and newsletter, and the way back to the top. */
    static void assertLayout(Document page) {
        // The header's call to action tells the assessment which page the reader came from.
        assertThat(page.select("header.site-header a[href^=/assessment]").text()).isEqualTo("FREE ASSESSMENT");
        assertThat(page.select("footer h2")).extracting(Element::text).contains("Contact", "Stay in touch");
        assertThat(page.select("footer").text()).contains("San Clemente, California", "hello@corebalance.example");
        assertThat(page.select("footer a[href=/contact]")).hasSize(1);
        Element form = page.selectFirst("footer form.newsletter-form");
        assertThat(form.attr("action")).isEqualTo("/newsletter");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[type=email][name=email]")).hasSize(1);
        assertThat(page.select("a[href=#top]").text()).isEqualTo("TOP");
        assertThat(page.getElementById("top")).isNotNull();
    }

    @Test
    void theHomePageIntroducesThePracticeItsOffersAndTheLatestArticles() {
        publish("latest-" + unique, "The newest article " + unique, List.of("walking"), CoreBalanceTest.NOW, false);

        Document home = http.page("/");

        assertThat(home.selectFirst("h1").text()).isEqualTo("Stability first, for a low back that can relax");
        assertThat(home.select(".offers a[href=/assessment]")).hasSize(1);
        assertThat(home.select(".offers a[href=/trial]").text()).contains("7-day free trial");
        assertThat(home.select(".latest .card-title").first().text()).isEqualTo("The newest article " + unique);
        assertLayout(home);
    }

    @Test
    void aTagPageListsItsArticlesTenAPageNewestFirst() {
        String tag = "paging " + unique;
        for (int i = 1; i <= 12; i++) {
            publish("paging-" + i + "-" + unique, "Paging " + i, List.of(tag), CoreBalanceTest.NOW.minus(Duration.ofHours(i)), false);
        }
        String path = "/blog/tag/paging-" + unique;

        Document first = http.page(path);
        assertThat(first.selectFirst("h1").text()).isEqualTo("Articles tagged \u201cpaging " + unique + "\u201d");
        assertThat(first.select(".card-title")).extracting(Element::text)
                .containsExactly("Paging 1", "Paging 2", "Paging 3", "Paging 4", "Paging 5", "Paging 6", "Paging 7",
                        "Paging 8", "Paging 9", "Paging 10");
        assertThat(first.selectFirst(".pagination a[rel=next]").attr("href")).isEqualTo(path + "?page=2");
        assertThat(first.select(".pagination a[rel=prev]")).isEmpty();

        Document second = http.page(path + "?page=2");
        assertThat(second.select(".card-title")).extracting(Element::text).containsExactly("Paging 11", "Paging 12");
        assertThat(second.selectFirst(".pagination a[rel=prev]").attr("href")).isEqualTo(path);
        assertThat(second.selectFirst("link[rel=canonical]").attr("href")).endsWith(path + "?page=2");
        assertLayout(second);

        assertThat(http.get(path + "?page=3").statusCode()).isEqualTo(404);
    }

    @Test
    void theBlogIndexPagesNewestFirstAndRefusesPagesThatDoNotExist() {
        for (int i = 0; i < 11; i++) {
            publish("index-" + i + "-" + unique, "Index " + i, List.of("index"), CoreBalanceTest.NOW.minus(Duration.ofDays(400 + i)), false);
        }
        Document first = http.page("/blog");
        List<String> dates = first.select(".card-meta time").eachAttr("datetime");
        assertThat(dates).hasSize(10);
        assertThat(dates).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
        String status = first.selectFirst(".pagination-status").text();
        int pages = Integer.parseInt(status.substring(status.lastIndexOf(' ') + 1));
        assertThat(pages).isGreaterThanOrEqualTo(2);

        assertThat(http.page("/blog?page=" + pages).select(".card")).isNotEmpty();
        Document second = http.page("/blog?page=2");
        List<String> secondDates = second.select(".card-meta time").eachAttr("datetime");
        assertThat(Instant.parse(secondDates.get(0))).isBeforeOrEqualTo(Instant.parse(dates.get(dates.size() - 1)));
        assertThat(second.select(".card-title").eachText()).doesNotContainAnyElementsOf(first.select(".card-title").eachText());
        for (String bad : List.of(String.valueOf(pages + 1), "0", "01", "-1", "abc", "1.5", "", "99999999999", "%00")) {
            HttpResponse<String> response = http.get("/blog?page=" + bad);
            assertThat(response.statusCode()).as("page=" + bad).isEqualTo(404);
            assertThat(response.body()).contains("We couldn't find that page");
        }
    }

    @Test
    void draftsAndScheduledArticlesStayOutOfSightUntilTheirTime() {
        String tag = "timing " + unique;
        publish("visible-" + unique, "Visible " + unique, List.of(tag), CoreBalanceTest.NOW.minus(Duration.ofDays(1)), false);
        publish("scheduled-" + unique, "Scheduled " + unique, List.of(tag), CoreBalanceTest.NOW.plus(Duration.ofHours(1)), false);
        blog.create(new ArticleDraft("Draft " + unique, "draft-" + unique, "A draft.", BODY, List.of(tag),
                ArticleStatus.DRAFT, null, null, null));

        for (String hidden : List.of("Scheduled " + unique, "Draft " + unique)) {
            assertThat(http.page("/blog").text()).doesNotContain(hidden);
            assertThat(http.page("/").text()).doesNotContain(hidden);
            assertThat(http.page("/blog/tag/timing-" + unique).text()).doesNotContain(hidden);
            assertThat(http.page("/blog/visible-" + unique).select(".related").text()).doesNotContain(hidden);
            assertThat(http.get("/feed.xml").body()).doesNotContain(hidden);
        }
        assertThat(http.get("/sitemap.xml").body()).doesNotContain("scheduled-" + unique).doesNotContain("draft-" + unique);
        assertThat(http.get("/blog/scheduled-" + unique).statusCode()).isEqualTo(404);
        assertThat(http.get("/blog/draft-" + unique).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofHours(2));

        assertThat(http.page("/blog/scheduled-" + unique).selectFirst("h1").text()).isEqualTo("Scheduled " + unique);
        assertThat(http.page("/blog").select(".card-title").first().text()).isEqualTo("Scheduled " + unique);
        assertThat(http.get("/feed.xml").body()).contains("Scheduled " + unique);
        assertThat(http.get("/sitemap.xml").body()).contains("/blog/scheduled-" + unique);
        assertThat(http.get("/blog/draft-" + unique).statusCode()).isEqualTo(404);
    }

    @Test
    void aChangedSlugAnswersWithAPermanentRedirect() {
        String old = "old-" + unique;
        long id = publish(old, "Moving " + unique, List.of("moving"), CoreBalanceTest.NOW.minusSeconds(60), false);
        blog.update(id, new ArticleDraft("Moving " + unique, "new-" + unique, "Moved.", BODY, List.of("moving"),
                ArticleStatus.PUBLISHED, CoreBalanceTest.NOW.minusSeconds(60), null, null));

        HttpResponse<String> response = http.get("/blog/" + old);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/blog/new-" + unique);
        assertThat(http.get("/blog/new-" + unique).statusCode()).isEqualTo(200);

        // Moving back frees the old address again instead of redirecting in a circle.
        blog.update(id, new ArticleDraft("Moving " + unique, old, "Moved back.", BODY, List.of("moving"),
                ArticleStatus.PUBLISHED, CoreBalanceTest.NOW.minusSeconds(60), null, null));
        assertThat(http.get("/blog/" + old).statusCode()).isEqualTo(200);
        assertThat(http.get("/blog/new-" + unique).statusCode()).isEqualTo(301);
    }

    @Test
    void unknownAddressesGetTheFriendlyNotFoundPage() {
        for (String path : List.of("/blog/no-such-article-" + unique, "/blog/tag/no-such-tag-" + unique, "/blog/UPPER",
                "/blog/tag/%3Cscript%3E", "/no-such-page", "/blog/a/b/c")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(response.body()).contains("We couldn't find that page").contains("FREE ASSESSMENT")
                    .doesNotContain("Exception").doesNotContain("<script>");
        }
    }

    @Test
    void overlongAddressesAreRefusedWith414() {
        assertThat(http.get("/blog/" + "a".repeat(600)).statusCode()).isEqualTo(414);
        assertThat(http.get("/blog?q=" + "x".repeat(2000)).statusCode()).isEqualTo(414);
        assertThat(http.get("/blog/" + "a".repeat(300)).statusCode()).isEqualTo(404);
    }

    @Test
    void slugsTypedInCapitalsOrStraightAfterTheSiteLeadToTheArticle() {
        String slug = "capitals-" + unique;
        publish(slug, "Capitals " + unique, List.of("Capital Letters"), CoreBalanceTest.NOW.minusSeconds(5), false);
        String upper = "Capitals-" + unique.toUpperCase();
        for (String typed : List.of("/blog/" + upper, "/" + upper, "/" + slug, "/" + upper + "/", "/blog/" + upper + "/")) {
            HttpResponse<String> moved = http.get(typed);
            assertThat(moved.statusCode()).as(typed).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).as(typed).contains("/blog/" + slug);
            assertThat(moved.headers().firstValue("Set-Cookie")).as(typed).isEmpty();
        }
        assertThat(http.get("/" + upper + "?utm_source=x").headers().firstValue("Location")).contains("/blog/" + slug + "?utm_source=x");
        assertThat(http.get("/blog/Tag/Capital-Letters").statusCode()).isEqualTo(404);
        assertThat(http.get("/blog/tag/Capital-Letters").headers().firstValue("Location")).contains("/blog/tag/capital-letters");

        // An old slug typed in capitals goes straight to the current one.
        long id = blog.create(new ArticleDraft("Renamed " + unique, "before-" + unique, "S.", BODY, List.of(),
                ArticleStatus.PUBLISHED, CoreBalanceTest.NOW.minusSeconds(5), null, null));
        blog.update(id, new ArticleDraft("Renamed " + unique, "after-" + unique, "S.", BODY, List.of(),
                ArticleStatus.PUBLISHED, CoreBalanceTest.NOW.minusSeconds(5), null, null));
        assertThat(http.get("/blog/Before-" + unique).headers().firstValue("Location")).contains("/blog/after-" + unique);

        // Drafts stay hidden, whatever the case.
        blog.create(new ArticleDraft("Draft " + unique, "draft-caps-" + unique, "S.", BODY, List.of(), ArticleStatus.DRAFT,
                null, null, null));
        assertThat(http.get("/blog/Draft-Caps-" + unique).statusCode()).isEqualTo(404);
        assertThat(http.get("/draft-caps-" + unique).statusCode()).isEqualTo(404);
    }

    @Test
    void theFeedIsAtomWithTheLatestTwentyArticlesInFull() throws Exception {
        publish("feed-" + unique, "Feed <&> " + unique, List.of("feed"), CoreBalanceTest.NOW.minusSeconds(5), false);
        HttpResponse<String> response = http.get("/feed.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(feed.getNamespaceURI()).isEqualTo(atom);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(feed.getElementsByTagNameNS(atom, required).getLength()).as(required).isPositive();
        }
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isBetween(1, 20);
        var ids = new ArrayList<String>();
        org.w3c.dom.Element mine = null;
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (org.w3c.dom.Element) entries.item(i);
            if (entry.getElementsByTagNameNS(atom, "title").item(0).getTextContent().equals("Feed <&> " + unique)) {
                mine = entry;
            }
            for (String required : List.of("id", "title", "updated", "link", "content")) {
                assertThat(entry.getElementsByTagNameNS(atom, required).getLength()).as(required).isPositive();
            }
            ids.add(entry.getElementsByTagNameNS(atom, "id").item(0).getTextContent());
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(mine).as("the new article is in the feed").isNotNull();
        var content = (org.w3c.dom.Element) mine.getElementsByTagNameNS(atom, "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).contains("<h2 id=\"s-what-the-psoas-does\"", "Key takeaways");
    }

    @Test
    void theSitemapAndRobotsTellCrawlersWhereEverythingIs() throws Exception {
        publish("mapped-" + unique, "Mapped " + unique, List.of("mapped " + unique), CoreBalanceTest.NOW.minusSeconds(5), false);
        HttpResponse<String> sitemap = http.get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body()).contains("<loc>http://localhost:8080/</loc>", "<loc>http://localhost:8080/blog</loc>",
                "<loc>http://localhost:8080/assessment</loc>", "<loc>http://localhost:8080/contact</loc>",
                "<loc>http://localhost:8080/newsletter</loc>",
                "<loc>http://localhost:8080/blog/mapped-" + unique + "</loc>",
                "<loc>http://localhost:8080/blog/tag/mapped-" + unique + "</loc>");
        // The shape sitemaps.org defines (src/test/resources/sitemap.xsd), and every address once and alive.
        var schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/sitemap.xsd"));
        schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(sitemap.body())));
        List<String> locations = org.jsoup.Jsoup.parse(sitemap.body(), "", org.jsoup.parser.Parser.xmlParser())
                .select("url > loc").eachText();
        assertThat(locations).doesNotHaveDuplicates().allMatch(loc -> loc.startsWith("http://localhost:8080/"));
        for (String path : List.of("/", "/assessment", "/contact", "/newsletter", "/blog")) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
        }

        HttpResponse<String> robots = http.get("/robots.txt");
        assertThat(robots.body()).contains("Sitemap: http://localhost:8080/sitemap.xml", "Disallow: /admin");
    }

    @Test
    void publicPagesCreateNoSessionCarryNoCookieAndAnswerConditionalRequests() {
        publish("cached-" + unique, "Cached " + unique, List.of("cache"), CoreBalanceTest.NOW.minusSeconds(5), false);
        for (String path : List.of("/", "/blog", "/blog/cached-" + unique, "/blog/tag/cache", "/feed.xml", "/sitemap.xml",
                "/robots.txt", "/blog/missing-" + unique)) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        HttpResponse<String> article = http.get("/blog/cached-" + unique);
        assertThat(article.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "max-age=60");
        String etag = article.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.get("/blog/cached-" + unique, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void stylesheetsAndImagesAreVersionedAndCachedForAYear() {
        Document home = http.page("/");
        String css = home.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
        HttpResponse<String> response = http.get(css);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");

        long id = media.importIllustration("cache-" + unique, ILLUSTRATION.getBytes(StandardCharsets.UTF_8));
        // Only images a published article shows are anyone's, and only those are cached.
        blog.create(new ArticleDraft("Cached " + unique, "cache-" + unique, "A summary.", BODY, List.of(),
                ArticleStatus.PUBLISHED, CoreBalanceTest.NOW.minusSeconds(60), id, "A teal circle"));
        HttpResponse<byte[]> image = http.getBytes("/media/" + id + "/480.jpg");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
    }
}
