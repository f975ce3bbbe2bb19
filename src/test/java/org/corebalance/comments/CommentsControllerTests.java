package org.corebalance.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.corebalance.WebSliceTest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.corebalance.blog.ArticleRef;
import org.corebalance.blog.BlogApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.corebalance.mail.MailApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The comment form's answers with the service mocked: what never reaches it (mistakes, an
 * unknown article or comment, closed comments), the refusal it decides, and the two ways a post
 * is answered (the comments section in place for htmx, post/redirect/get without).
 */
@WebSliceTest
class CommentsControllerTests {

    private static final ArticleRef ARTICLE = new ArticleRef(3, "walking-for-your-back", "Walking for your back");
    private static final String ACTION = "/blog/walking-for-your-back/comments";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommentService comments;
    @Autowired
    BlogApi blog;
    @Autowired
    MailApi mail;

    @BeforeEach
    void anOpenArticle() {
        given(blog.publicArticle(ARTICLE.slug())).willReturn(Optional.of(ARTICLE));
        given(comments.permission(ARTICLE, false)).willReturn(CommentService.Permission.OPEN);
    }

    /** A guest's post from a page of this site: a good comment, with the fields given replacing its own. */
    private static MockHttpServletRequestBuilder guest(String... fields) {
        var values = new LinkedHashMap<>(Map.of("name", "Gina", "email", "gina@example.org", "body", "Walking helps.",
                "elapsed", "60000"));
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        var request = post(ACTION).header("Sec-Fetch-Site", "same-origin");
        values.forEach(request::param);
        return request;
    }

    private Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private void nothingPosted() {
        verify(comments, never()).post(any(), any(), any(), any(), any());
    }

    @Test
    void mistakesComeBackWithClearMessagesAndTheTextKeptAndNothingIsPosted() throws Exception {
        Document empty = page(mvc.perform(guest("body", "   ")).andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(empty.select("#body-error").text()).isEqualTo("Please write your comment.");
        assertThat(empty.select("h1").text()).isEqualTo("Your comment on \u201cWalking for your back\u201d");

        Document tooLong = page(mvc.perform(guest("body", "x".repeat(10_001))).andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(tooLong.select("#body-error").text())
                .isEqualTo("Your comment is 10,001 characters long; the limit is 10,000. Please shorten it (your text is kept below).");
        assertThat(tooLong.select("textarea#body").text()).hasSize(10_001);

        Document badAddress = page(mvc.perform(guest("email", "not-an-address", "website", "javascript:alert(1)", "body", "Kept"))
                .andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(badAddress.select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        assertThat(badAddress.select("#website-error").text()).contains("starting with https://");
        assertThat(badAddress.select("textarea#body").text()).isEqualTo("Kept");

        Document noName = page(mvc.perform(guest("name", "", "email", "")).andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(noName.select("#name-error").text()).isEqualTo("Please tell us your name; it shows above your comment.");
        assertThat(noName.select("#email-error").text()).isEqualTo("Please enter your e-mail address. It is never shown.");
        nothingPosted();
    }

    @Test
    void withHtmxMistakesComeBackInTheCommentsSectionAlone() throws Exception {
        Document section = page(mvc.perform(guest("email", "nope").header("HX-Request", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(not(containsString("<html"))))
                .andReturn());
        assertThat(section.select("section#comments")).hasSize(1);
        assertThat(section.select("#email-error").text()).isEqualTo("That doesn't look like an e-mail address.");
        nothingPosted();
    }

    @Test
    void anUnknownArticleOrAFormThatCannotBeReadIsRefusedAndNothingIsPosted() throws Exception {
        given(blog.publicArticle("no-such-article")).willReturn(Optional.empty());
        mvc.perform(post("/blog/no-such-article/comments").param("name", "Gina").param("email", "gina@example.org")
                .param("body", "x")).andExpect(status().isNotFound());
        mvc.perform(guest("parent", "abc")).andExpect(status().isBadRequest());
        nothingPosted();
    }

    @Test
    void aReplyToACommentThatIsNotVisibleHereIsRefusedAndNothingIsPosted() throws Exception {
        given(comments.replyTarget(ARTICLE, 999)).willReturn(Optional.empty());
        mvc.perform(guest("parent", "999")).andExpect(status().isBadRequest());
        nothingPosted();
    }

    @Test
    void aReplyToAReplyIsPostedUnderTheCommentThatStartedTheThread() throws Exception {
        Comment top = new Comment(7, ARTICLE.id(), null, "Top", "top@example.org", null, false, "Top", "<p>Top</p>",
                CommentStatus.APPROVED, null, false, null, Instant.parse("2026-11-24T12:00:00Z"));
        given(comments.replyTarget(ARTICLE, 9)).willReturn(Optional.of(top));
        given(comments.post(eq(ARTICLE), any(), eq(top), eq(Optional.empty()), anyString()))
                .willReturn(Optional.of(new CommentService.Posted(42, CommentStatus.PENDING)));

        mvc.perform(guest("parent", "9")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/blog/walking-for-your-back?comment=held#comments"));
    }

    @Test
    void closedCommentsAndMembersOnlyCommentsAreRefusedWithAReason() throws Exception {
        given(comments.permission(ARTICLE, false)).willReturn(CommentService.Permission.CLOSED);
        Document closed = page(mvc.perform(guest()).andExpect(status().isForbidden()).andReturn());
        assertThat(closed.select("#comment-form").text()).contains("Comments are closed on this article");

        given(comments.permission(ARTICLE, false)).willReturn(CommentService.Permission.MEMBERS_ONLY);
        Document members = page(mvc.perform(guest()).andExpect(status().isForbidden()).andReturn());
        assertThat(members.select(".error-message").text()).isEqualTo("Only members can comment here. Please sign in first.");
        nothingPosted();
    }

    @Test
    void whenTheServiceRefusesTheAddressTheReaderIsAskedToWaitWithTheTextKept() throws Exception {
        given(comments.post(eq(ARTICLE), any(), isNull(), any(), anyString())).willReturn(Optional.empty());

        Document page = page(mvc.perform(guest("body", "My words")).andExpect(status().isTooManyRequests()).andReturn());
        assertThat(page.select("#body-error").text()).isEqualTo(
                "You have sent a lot of comments in a short time. Please wait ten minutes and try again; your text is kept below.");
        assertThat(page.select("textarea#body").text()).isEqualTo("My words");
    }

    @Test
    void aPostedCommentRedirectsToTheArticleAndWithHtmxTheSectionComesBackInPlace() throws Exception {
        given(comments.post(eq(ARTICLE), any(), isNull(), any(), anyString()))
                .willReturn(Optional.of(new CommentService.Posted(42, CommentStatus.APPROVED)));
        mvc.perform(guest()).andExpect(status().isFound())
                .andExpect(redirectedUrl("/blog/walking-for-your-back?comment=published#comment-42"));

        given(comments.post(eq(ARTICLE), any(), isNull(), any(), anyString()))
                .willReturn(Optional.of(new CommentService.Posted(43, CommentStatus.PENDING)));
        Document section = page(mvc.perform(guest().header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html")))).andReturn());
        assertThat(section.select("section#comments")).hasSize(1);
        assertThat(section.select("#comment-notice").text()).contains("Thank you, your comment has arrived.");
        assertThat(section.select("textarea#body").text()).as("the form is empty again").isEmpty();
    }

    @Test
    void anotherSiteCannotPostAComment() throws Exception {
        mvc.perform(post(ACTION).header("Sec-Fetch-Site", "cross-site").param("name", "Gina").param("email", "gina@example.org")
                .param("body", "Walking helps.")).andExpect(status().isForbidden());
        verify(comments, never()).permission(any(), anyBoolean());
        nothingPosted();
    }

    @Test
    void theStopLinkAnswersForAKnownAndAnUnknownComment() throws Exception {
        given(comments.stopNotices("known")).willReturn(true);
        mvc.perform(get("/comments/stop").param("token", "known")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No more reply e-mails")));
        mvc.perform(get("/comments/stop").param("token", "nonsense")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("We don't know this link")));
        mvc.perform(post("/comments/stop").param("token", "known").header("Origin", "https://mail.example"))
                .andExpect(status().isOk());
    }

    @Test
    void repliesAreOfferedByEmailOnlyWhileEmailIsBeingSent() throws Exception {
        given(mail.deliveryConfigured()).willReturn(true);
        Document sending = page(mvc.perform(guest("body", " ")).andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(sending.select("label[for=notifyReplies]").text()).startsWith("E-mail me when someone replies");

        given(mail.deliveryConfigured()).willReturn(false);
        Document notSending = page(mvc.perform(guest("body", " ")).andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(notSending.select("#notifyReplies, label[for=notifyReplies]")).isEmpty();
        assertThat(notSending.select("textarea#body")).hasSize(1);
    }
}
