package org.corebalance.contact;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The contact module's part of the one web slice context: its web rules as they are, its service as a mock (reset after each test). */
@TestConfiguration(proxyBeanMethods = false)
@Import(ContactWebRules.class)
public class ContactSliceBeans {

    @Bean
    ContactService contactService() {
        return sliceMock(ContactService.class);
    }

    @Bean
    ContactApi contactApi() {
        return sliceMock(ContactApi.class);
    }
}
