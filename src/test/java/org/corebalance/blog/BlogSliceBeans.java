package org.corebalance.blog;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;

import org.corebalance.media.MediaApi;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The blog's part of the one web slice context: its web rules and the editor's images as they are,
 * its services as mocks (reset after each test).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(BlogWebRules.class)
public class BlogSliceBeans {

    @Bean
    BlogService blogService() {
        return sliceMock(BlogService.class);
    }

    @Bean
    ArticleEditing articleEditing() {
        return sliceMock(ArticleEditing.class);
    }

    /** As it is: the editor's images, on the media library's mock. */
    @Bean
    ImageInsertion imageInsertion(MediaApi media) {
        return new ImageInsertion(media);
    }

    @Bean
    FeedIds feedIds() {
        return sliceMock(FeedIds.class);
    }

    @Bean
    BlogApi blogApi() {
        return sliceMock(BlogApi.class);
    }
}
