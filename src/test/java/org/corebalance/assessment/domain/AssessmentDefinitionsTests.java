package org.corebalance.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssessmentDefinitionsTests {

    @Test
    void theCurrentQuestionnaireIsTheHighestVersionOfCoreBalance() {
        var definitions = new AssessmentDefinitions();

        assertThat(definitions.current().id()).isEqualTo(AssessmentDefinitions.CURRENT_ID);
        assertThat(definitions.current().version()).isEqualTo(definitions.all().stream()
                .filter(definition -> definition.id().equals("core-balance")).mapToInt(Definition::version).max()
                .orElseThrow());
        assertThat(definitions.find("core-balance", 1)).containsSame(definitions.find("core-balance", 1).orElseThrow());
        assertThat(definitions.find("core-balance", 99)).isEmpty();
    }

    @Test
    void anotherQuestionnaireCanBeMadeCurrent() {
        var definitions = new AssessmentDefinitions("classpath:assessment-instruments/*.json", "rating");

        assertThat(definitions.current().id()).isEqualTo("rating");
        assertThat(definitions.all()).extracting(Definition::id)
                .containsExactly("mixed", "nine-item-tool", "rating", "ten-section-index");
    }

    @Test
    void twoFilesWithTheSameIdAndVersionStopTheStart() {
        assertThatThrownBy(() -> new AssessmentDefinitions("classpath:assessment-broken/duplicate/*.json", "core-balance"))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("b-v1.json at id and version: 'core-balance' version 1 is already defined in a-v1.json;"
                        + " give a changed questionnaire the next version number");
    }

    @Test
    void aBrokenFileStopsTheStartAndIsNamed() {
        assertThatThrownBy(() -> new AssessmentDefinitions("classpath:assessment-broken/*.json", "core-balance"))
                .hasMessageStartingWith("option-score-v1.json at sections[1].items[3].options[0].score");
    }

    @Test
    void aMissingCurrentQuestionnaireStopsTheStart() {
        assertThatThrownBy(() -> new AssessmentDefinitions("classpath:assessment-instruments/*.json", "core-balance"))
                .hasMessageContaining("no questionnaire has the id 'core-balance'");
    }
}
