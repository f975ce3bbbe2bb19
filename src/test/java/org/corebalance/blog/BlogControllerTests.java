package org.corebalance.blog;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.corebalance.shared.PageMeta;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The controller alone: what it asks the service, which view and status it answers with. */
@WebSliceTest
class BlogControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    BlogService blog;
    @Autowired
    ArticleDiscussion discussion;

    private static ArticleListPage listPage(int page, int pages) {
        return new ArticleListPage(PageMeta.website("Articles", "All articles.", "/blog"), "Articles", "Intro.", null,
                List.of(new ArticleCard("bridge", "The bridge, done well", "Summary.",
                        new PublishedDate("2026-11-01T15:00:00Z", "November 1, 2026"), 4, List.of(), null, null)),
                new Pagination(page, pages, "/blog"));
    }

    @Test
    void theIndexAsksForTheRequestedPage() throws Exception {
        given(blog.index(2)).willReturn(Optional.of(listPage(2, 3)));

        mvc.perform(get("/blog").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The bridge, done well")))
                .andExpect(content().string(containsString("Page 2 of 3")));
    }

    @Test
    void pageNumbersThatAreNotNumbersNeverReachTheService() throws Exception {
        for (String bad : List.of("abc", "-1", "0", "1e3", " 1", "1000000", "")) {
            mvc.perform(get("/blog").param("page", bad)).andExpect(status().isNotFound());
        }
        verify(blog, never()).index(anyInt());
    }

    @Test
    void aPagePastTheEndIsNotFound() throws Exception {
        given(blog.index(9)).willReturn(Optional.empty());
        mvc.perform(get("/blog").param("page", "9")).andExpect(status().isNotFound());
    }

    @Test
    void anOldSlugRedirectsPermanentlyWithoutLeakingModelAttributes() throws Exception {
        given(blog.article("old-name")).willReturn(new BlogService.ArticleLookup.MovedTo("new-name"));
        mvc.perform(get("/blog/old-name"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/blog/new-name"));
    }

    @Test
    void anUnknownArticleOrTagIsNotFound() throws Exception {
        given(blog.article(anyString())).willReturn(new BlogService.ArticleLookup.NotFound());
        given(blog.tag(anyString(), anyInt())).willReturn(Optional.empty());
        mvc.perform(get("/blog/missing")).andExpect(status().isNotFound());
        mvc.perform(get("/blog/tag/missing")).andExpect(status().isNotFound());
    }

    @Test
    void tagPageNumbersThatAreNotNumbersNeverReachTheService() throws Exception {
        for (String bad : List.of("abc", "0", "01", "1000000")) {
            mvc.perform(get("/blog/tag/psoas-muscle").param("page", bad)).andExpect(status().isNotFound());
        }
        verify(blog, never()).tag(anyString(), anyInt());
        given(blog.tag("psoas-muscle", 2)).willReturn(Optional.of(listPage(2, 2)));
        mvc.perform(get("/blog/tag/psoas-muscle").param("page", "2")).andExpect(status().isOk());
    }

    @Test
    void anArticleIsShownWithWhatAnotherModuleShowsUnderIt() throws Exception {
        var ref = new ArticleRef(4, "bridge", "The bridge, done well");
        var card = new ArticleCard("bridge", "The bridge, done well", "Summary.",
                new PublishedDate("2026-11-01T15:00:00Z", "November 1, 2026"), 4, List.of(), null, null);
        var page = new ArticlePage(PageMeta.website("The bridge, done well", "Summary.", "/blog/bridge"), card,
                "<p>Glutes start the lift.</p>", "", List.of(), null);
        given(blog.article("bridge")).willReturn(new BlogService.ArticleLookup.Found(ref, page));
        willReturn((gg.jte.Content) output -> output.writeContent("<section id=\"comments\">Tell me in the comments</section>"))
                .given(discussion).of(eq(ref), any());

        mvc.perform(get("/blog/bridge"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p>Glutes start the lift.</p>")))
                .andExpect(content().string(containsString("<section id=\"comments\">Tell me in the comments</section>")));
    }
}
