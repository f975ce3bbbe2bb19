package org.corebalance.comments;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;
import static org.mockito.Mockito.mock;

import gg.jte.TemplateEngine;
import org.corebalance.mail.MailApi;
import org.corebalance.shared.WhoIsSignedIn;
import org.corebalance.system.PracticeSettingsService;
import org.mockito.Answers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockReset;

/** The comments' part of the one web slice context: its web rules, the moderation queue and the comments section as they are, its services as mocks (reset after each test). */
@TestConfiguration(proxyBeanMethods = false)
@Import({CommentsWebRules.class, ModerationQueue.class})
public class CommentsSliceBeans {

    @Bean
    CommentService commentService() {
        return sliceMock(CommentService.class);
    }

    /**
     * The comments section under articles as it really renders (from the mocked service), spied
     * so that a blog test may stub what appears under an article (stub with willReturn(..).given(..)).
     */
    @Bean
    CommentDiscussion commentDiscussion(CommentService service, WhoIsSignedIn whoIsSignedIn, PracticeSettingsService settings,
            TemplateEngine templates, MailApi mail) {
        var discussion = new CommentDiscussion(service, whoIsSignedIn, settings, templates, mail);
        return mock(CommentDiscussion.class, MockReset.withSettings(MockReset.AFTER).spiedInstance(discussion)
                .defaultAnswer(Answers.CALLS_REAL_METHODS));
    }

    @Bean
    CommentsApi commentsApi() {
        return sliceMock(CommentsApi.class);
    }
}
