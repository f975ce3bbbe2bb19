package org.corebalance.media;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The media library's part of the one web slice context: its web rules as they are, its API and who may see an image as mocks (reset after each test). */
@TestConfiguration(proxyBeanMethods = false)
@Import(MediaWebRules.class)
public class MediaSliceBeans {

    @Bean
    MediaApi mediaApi() {
        return sliceMock(MediaApi.class);
    }

    @Bean
    MediaVisibility mediaVisibility() {
        return sliceMock(MediaVisibility.class);
    }
}
