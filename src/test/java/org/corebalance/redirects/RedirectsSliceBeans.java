package org.corebalance.redirects;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The redirects' part of the one web slice context: their web rules as they are, their service as a mock. */
@TestConfiguration(proxyBeanMethods = false)
@Import(RedirectsWebRules.class)
public class RedirectsSliceBeans {

    @Bean
    Redirects redirects() {
        return sliceMock(Redirects.class);
    }
}
