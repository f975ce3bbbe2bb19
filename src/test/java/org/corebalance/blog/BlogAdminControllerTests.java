package org.corebalance.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.corebalance.WebSliceTest;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.corebalance.media.MediaApi;
import org.corebalance.media.MediaLibraryPage;
import org.corebalance.shared.FieldErrors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The article editor's controller alone: what it binds, what it hands the service, which view and status it answers with. */
@WebSliceTest
class BlogAdminControllerTests {

    private static final RequestPostProcessor EDITOR = user("editor@example.org").roles("EDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleEditing editing;
    @Autowired
    MediaApi media;

    @BeforeEach
    void editorNeeds() {
        given(media.library(anyInt(), anyInt())).willReturn(new MediaLibraryPage(List.of(), 1, 24, 0));
        given(editing.zone()).willReturn(ZoneId.of("America/Los_Angeles"));
        given(editing.preview(any())).willReturn("");
        // As the real service does: with errors, nothing is stored and the errors come back.
        willAnswer(call -> {
            FieldErrors errors = call.getArgument(3);
            return new ArticleEditing.Saved(errors.isEmpty() ? 7L : null, errors);
        }).given(editing).save(any(), any(), any(), any());
    }

    @Test
    void anArticleWithEmptyFieldsComesBackWithTheirMessagesAndNoRedirect() throws Exception {
        String page = mvc.perform(post("/admin/articles").with(EDITOR).with(csrf())
                        .param("title", "").param("summary", " ").param("body", "").param("action", "publish"))
                .andExpect(status().is(422))
                .andExpect(view().name("blog/admin-editor"))
                .andReturn().getResponse().getContentAsString();

        var html = Jsoup.parse(page);
        assertThat(html.select("#title-error").text()).isEqualTo("Please give the article a title.");
        assertThat(html.select("#summary-error").text()).startsWith("Please write a one- or two-sentence summary");
        assertThat(html.select("#body-error").text()).isEqualTo("The article has no text yet.");
        assertThat(html.select(".error-summary").text()).contains("The article was not saved");
        verify(editing).save(isNull(), any(), eq(ArticleEditing.Action.PUBLISH),
                argThat(errors -> errors.has("title") && errors.has("summary") && errors.has("body")));
        verify(media, never()).upload(any(), any());
    }

    @Test
    void aHeroIdThatIsNotANumberIsAFieldMessage() throws Exception {
        mvc.perform(post("/admin/articles").with(EDITOR).with(csrf())
                        .param("title", "The bridge").param("summary", "S.").param("body", "Text.")
                        .param("heroMediaId", "first").param("action", "draft"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Please check this value.")));
        verify(editing).save(isNull(), any(), eq(ArticleEditing.Action.DRAFT), argThat(errors -> errors.has("heroMediaId")));
    }

    @Test
    void aSavedArticleRedirectsToItsEditorWithANotice() throws Exception {
        mvc.perform(post("/admin/articles").with(EDITOR).with(csrf())
                        .param("title", "The bridge").param("summary", "S.").param("body", "Text.").param("action", "draft"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/articles/7"));
    }

    @Test
    void aButtonTheEditorDoesNotHaveIsABadRequestAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/articles").with(EDITOR).with(csrf())
                        .param("title", "The bridge").param("summary", "S.").param("body", "Text.").param("action", "delete-all"))
                .andExpect(status().isBadRequest());
        verify(editing, never()).save(any(), any(), any(), any());
    }

    @Test
    void savingOrEditingAnArticleThatDoesNotExistIsNotFound() throws Exception {
        given(editing.find(anyLong())).willReturn(Optional.empty());
        mvc.perform(get("/admin/articles/404").with(EDITOR)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/articles/404").with(EDITOR).with(csrf())
                        .param("title", "T").param("summary", "S.").param("body", "B.").param("action", "update"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/articles/404/delete").with(EDITOR).with(csrf())).andExpect(status().isNotFound());
        verify(editing, never()).save(any(), any(), any(), any());
        verify(editing, never()).delete(anyLong());
    }

    @Test
    void thePreviewIsAFragmentForHtmxAndTheWholeEditorWithout() throws Exception {
        given(editing.preview("# Bracing")).willReturn("<h1 id=\"bracing\">Bracing</h1>");

        mvc.perform(post("/admin/articles/preview").with(EDITOR).with(csrf()).header("HX-Request", "true")
                        .param("body", "# Bracing"))
                .andExpect(status().isOk())
                .andExpect(view().name("blog/_preview"))
                .andExpect(content().string(containsString("<div class=\"prose\"><h1 id=\"bracing\">Bracing</h1></div>")))
                .andExpect(content().string(not(containsString("<html"))));

        mvc.perform(post("/admin/articles/preview").with(EDITOR).with(csrf()).param("body", "# Bracing").param("title", "Bracing"))
                .andExpect(status().isOk())
                .andExpect(view().name("blog/admin-editor"))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("<textarea id=\"body\"")))
                .andExpect(content().string(containsString("<h1 id=\"bracing\">Bracing</h1>")));
        verify(editing, never()).save(any(), any(), any(), any());
    }

    @Test
    void theEditorIsForStaffAndItsPostsNeedTheirToken() throws Exception {
        mvc.perform(get("/admin/articles/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/articles").with(EDITOR).param("title", "T").param("summary", "S.").param("body", "B."))
                .andExpect(status().isForbidden());
        verify(editing, never()).save(any(), any(), any(), any());
    }

    @Test
    void theListReadsOnlyTheStatesItKnowsAndAShortQuery() throws Exception {
        given(editing.list(anyString(), anyString())).willReturn(new ArticleAdminListPage(List.of(), "", "",
                new BlogApi.ArticleCounts(0, 0, 0)));
        mvc.perform(get("/admin/articles").with(EDITOR).param("status", "deleted").param("q", "x".repeat(500)))
                .andExpect(status().isOk());
        verify(editing).list("", "x".repeat(200));
    }
}
