package org.corebalance.assessment;

import static org.corebalance.system.WebSliceTestConfig.sliceMock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The assessment's part of the one web slice context: its web rules and result pages as they are, its services as mocks (reset after each test). */
@TestConfiguration(proxyBeanMethods = false)
@Import({AssessmentWebRules.class, ResultPages.class})
public class AssessmentSliceBeans {

    @Bean
    AssessmentService assessmentService() {
        return sliceMock(AssessmentService.class);
    }

    @Bean
    DraftSeal draftSeal() {
        return sliceMock(DraftSeal.class);
    }

    @Bean
    Leads leads() {
        return sliceMock(Leads.class);
    }

    @Bean
    AssessmentApi assessmentApi() {
        return sliceMock(AssessmentApi.class);
    }
}
