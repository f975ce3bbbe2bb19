package org.corebalance.mail;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The mail module's part of the one web slice context: its web rules as they are, its API as a mock (reset after each test). */
@TestConfiguration(proxyBeanMethods = false)
@Import(MailWebRules.class)
public class MailSliceBeans {

    @Bean
    MailApi mailApi() {
        return sliceMock(MailApi.class);
    }
}
