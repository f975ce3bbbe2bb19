package org.corebalance.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.corebalance.CoreBalanceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The running application loads the shipped questionnaire as it starts. */
@CoreBalanceTest
class AssessmentDefinitionsContextTests {

    @Autowired
    AssessmentDefinitions definitions;

    @Test
    void theApplicationStartsWithTheCoreBalanceQuestionnaire() {
        assertThat(definitions.current().id()).isEqualTo("core-balance");
        assertThat(definitions.current().sections()).hasSize(5);
    }
}
