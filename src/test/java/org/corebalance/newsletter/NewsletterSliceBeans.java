package org.corebalance.newsletter;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The newsletter's part of the one web slice context: its web rules as they are, its services as mocks (reset after each test). */
@TestConfiguration(proxyBeanMethods = false)
@Import(NewsletterWebRules.class)
public class NewsletterSliceBeans {

    @Bean
    NewsletterService newsletterService() {
        return sliceMock(NewsletterService.class);
    }

    @Bean
    NewsletterEditing newsletterEditing() {
        return sliceMock(NewsletterEditing.class);
    }

    @Bean
    NewsletterSending newsletterSending() {
        return sliceMock(NewsletterSending.class);
    }
}
