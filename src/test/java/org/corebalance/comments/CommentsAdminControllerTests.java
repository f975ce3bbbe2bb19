package org.corebalance.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.corebalance.blog.ArticleRef;
import org.corebalance.blog.BlogApi;
import org.corebalance.shared.SignedIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The moderation queue and the comment settings, with the service mocked: what reaches it, and who may do what. */
@WebSliceTest
class CommentsAdminControllerTests {

    private static final RequestPostProcessor OWNER = user("owner@example.org").roles("OWNER");
    private static final RequestPostProcessor EDITOR = user("editor@example.org").roles("EDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    CommentService comments;
    @Autowired
    BlogApi blog;

    @BeforeEach
    void setUp() {
        var counts = new EnumMap<CommentStatus, Long>(CommentStatus.class);
        for (CommentStatus status : CommentStatus.values()) {
            counts.put(status, 0L);
        }
        given(comments.counts()).willReturn(counts);
        given(comments.settings()).willReturn(CommentSettings.DEFAULTS);
        given(blog.publicArticles()).willReturn(List.of(new ArticleRef(3, "walking", "Walking")));
    }

    @Test
    void unknownActionsBoxesAndIdsAreRefusedAndNothingIsModerated() throws Exception {
        mvc.perform(post("/admin/comments").with(EDITOR).with(csrf()).param("action", "explode").param("ids", "5"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/comments/5/explode").with(EDITOR).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/comments").with(EDITOR).with(csrf()).param("action", "spam").param("ids", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/comments").with(EDITOR).with(csrf()).param("action", "spam").param("ids", "5")
                .param("box", "nowhere")).andExpect(status().isBadRequest());
        String[] tooMany = IntStream.rangeClosed(1, 201).mapToObj(String::valueOf).toArray(String[]::new);
        mvc.perform(post("/admin/comments").with(EDITOR).with(csrf()).param("action", "delete").param("ids", tooMany))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/comments").param("box", "nowhere").with(EDITOR)).andExpect(status().isNotFound());
        verify(comments, never()).moderate(anyCollection(), anyString());
    }

    @Test
    void manyCommentsAreModeratedAtOnceAndTheQueueSaysWhatHappened() throws Exception {
        given(comments.moderate(Set.of(5L, 6L), "spam")).willReturn(2);
        mvc.perform(post("/admin/comments").with(EDITOR).with(csrf()).param("action", "spam").param("ids", "5", "6", "5"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/comments?box=held&done=2+marked+as+spam"));

        var page = Jsoup.parse(mvc.perform(get("/admin/comments").param("done", "2 marked as spam").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".notice").text()).isEqualTo("2 marked as spam.");
        verify(comments).withStatus(CommentStatus.PENDING, 200);
    }

    @Test
    void editorsModerateButOnlyTheOwnerSeesOrChangesTheSettings() throws Exception {
        mvc.perform(get("/admin/comments").param("box", "spam").with(EDITOR)).andExpect(status().isOk());
        mvc.perform(get("/admin/comments/settings").with(EDITOR)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/comments/settings").with(EDITOR).with(csrf()).param("enabled", "false")
                .param("audience", "EVERYONE")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/comments")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));

        mvc.perform(get("/admin/comments/settings").with(OWNER)).andExpect(status().isOk());
        mvc.perform(post("/admin/comments/settings").with(OWNER).with(csrf()).param("enabled", "true")
                .param("audience", "MEMBERS").param("open", "3")).andExpect(redirectedUrl("/admin/comments/settings?saved"));
        verify(comments).saveSettings(new CommentSettings(true, CommentSettings.Audience.MEMBERS, ""), Set.of(3L), Set.of());
    }

    @Test
    void aReplyThatIsEmptyTooLongOrFromTheSpamBoxNeverReachesTheService() throws Exception {
        mvc.perform(post("/admin/comments/5/reply").with(EDITOR).with(csrf()).param("body", " "))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/comments/5/reply").with(EDITOR).with(csrf()).param("body", "x".repeat(10_001)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/comments/5/reply").with(EDITOR).with(csrf()).param("body", "Hi").param("box", "spam"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/comments/abc/reply").with(EDITOR).with(csrf()).param("body", "Hi"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/comments/5/reply").with(EDITOR).param("body", "Hi")).andExpect(status().isForbidden());
        verify(comments, never()).replyFromQueue(anyLong(), anyString(), any());
    }

    @Test
    void aReplyIsTheSignedInCoachsAndTheQueueSaysWhereItIs() throws Exception {
        given(comments.replyFromQueue(eq(5L), eq("Gently, yes."), any())).willReturn(new CommentService.QueueReply(9, null));
        mvc.perform(post("/admin/comments/5/reply").with(OWNER).with(csrf()).param("body", "Gently, yes.").param("box", "published"))
                .andExpect(redirectedUrl("/admin/comments?box=published&replied=9"));
        verify(comments).replyFromQueue(eq(5L), eq("Gently, yes."),
                argThat(coach -> coach.email().equals("owner@example.org") && coach.isOwner()));
    }

    @Test
    void settingsWithMistakesComeBackWithMessagesAndAreNotSaved() throws Exception {
        var page = Jsoup.parse(mvc.perform(post("/admin/comments/settings").with(OWNER).with(csrf()).param("audience", "SOMEONE")
                        .param("blockedWords", "x".repeat(4001)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("fieldset .error-message").text()).isEqualTo("Please choose who may comment.");
        assertThat(page.select("#blockedWords-error").text()).isEqualTo("Keep the list under 4,000 characters.");
        verify(comments, never()).saveSettings(any(), anyCollection(), anyCollection());
    }
}
