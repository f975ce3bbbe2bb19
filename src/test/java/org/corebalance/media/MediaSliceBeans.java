package org.corebalance.media;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The media library's part of the one web slice context: its API as a mock (reset after each test). */
@TestConfiguration(proxyBeanMethods = false)
public class MediaSliceBeans {

    @Bean
    MediaApi mediaApi() {
        return sliceMock(MediaApi.class);
    }
}
