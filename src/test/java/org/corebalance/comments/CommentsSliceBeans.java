package org.corebalance.comments;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The comments' part of the one web slice context: its web rules and the comments section as they are, its service as a mock (reset after each test). */
@TestConfiguration(proxyBeanMethods = false)
@Import({CommentsWebRules.class, CommentDiscussion.class})
public class CommentsSliceBeans {

    @Bean
    CommentService commentService() {
        return sliceMock(CommentService.class);
    }

    @Bean
    CommentsApi commentsApi() {
        return sliceMock(CommentsApi.class);
    }
}
