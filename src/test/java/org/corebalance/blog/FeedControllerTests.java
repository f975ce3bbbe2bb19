package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The Atom feed, the sitemap and robots.txt, written from what the service lists: well-formed whatever the coach typed. */
@WebSliceTest
class FeedControllerTests {

    private static final String HOSTILE = "Bracing & <script>alert(\"x\")</script> ]]> \u201cquoted\u201d";

    @Autowired
    MockMvc mvc;
    @Autowired
    BlogService blog;
    @Autowired
    FeedIds ids;

    private static Article article(long id, String slug, String title) {
        Instant published = Instant.parse("2026-11-01T15:00:00Z");
        return new Article(id, slug, title, HOSTILE, "Body.", "<p>" + title.replace("&", "&amp;").replace("<", "&lt;") + "</p>",
                3, ArticleStatus.PUBLISHED, published, null, null, published.minusSeconds(60));
    }

    @Test
    void theFeedIsWellFormedAtomWhateverTheTitlesHold() throws Exception {
        given(ids.article(4)).willReturn("tag:corebalance.example,2026-11-24:articles/4");
        given(blog.feed()).willReturn(List.of(new BlogService.FeedEntry(article(4, "bridge", HOSTILE),
                List.of(new TagLink("psoas-muscle", "psoas & \"muscle\"")))));

        byte[] body = mvc.perform(get("/feed.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(FeedController.ATOM))
                .andReturn().getResponse().getContentAsByteArray();

        var feed = Jsoup.parse(new String(body, StandardCharsets.UTF_8), "", Parser.xmlParser());
        assertThat(feed.select("entry > title").text()).isEqualTo(HOSTILE);
        assertThat(feed.select("entry > summary").text()).isEqualTo(HOSTILE);
        assertThat(feed.select("entry > id").text()).isEqualTo("tag:corebalance.example,2026-11-24:articles/4");
        assertThat(feed.select("entry > link").attr("href")).isEqualTo("http://localhost:8080/blog/bridge");
        assertThat(feed.select("entry > category").attr("label")).isEqualTo("psoas & \"muscle\"");
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("<script>");
    }

    @Test
    void anEmptyBlogStillHasAValidFeed() throws Exception {
        given(blog.feed()).willReturn(List.of());
        String body = mvc.perform(get("/feed.xml")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var feed = Jsoup.parse(body, "", Parser.xmlParser());
        assertThat(feed.select("feed > updated").text()).isEqualTo(Instant.EPOCH.toString());
        assertThat(feed.select("entry")).isEmpty();
    }

    @Test
    void theSitemapListsEachModulesPagesEachArticleAndEachTag() throws Exception {
        given(blog.sitemap()).willReturn(new BlogService.Sitemap(List.of(article(4, "bridge", "The bridge")),
                List.of(new TagLink("psoas-muscle", "psoas muscle"))));

        String body = mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(FeedController.XML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(body, "", Parser.xmlParser()).select("url > loc")).extracting(e -> e.text()).containsExactly(
                "http://localhost:8080/", "http://localhost:8080/assessment", "http://localhost:8080/blog",
                "http://localhost:8080/contact", "http://localhost:8080/newsletter", "http://localhost:8080/blog/bridge",
                "http://localhost:8080/blog/tag/psoas-muscle");
    }

    @Test
    void robotsKeepsCrawlersOutOfTheBackOfficeAndNamesTheSitemap() throws Exception {
        mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Disallow: /admin\n")))
                .andExpect(content().string(containsString("Sitemap: http://localhost:8080/sitemap.xml")));
    }
}
