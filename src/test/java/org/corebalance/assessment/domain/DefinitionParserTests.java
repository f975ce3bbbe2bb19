package org.corebalance.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinitionParserTests {

    /** A small definition that loads; each test breaks one thing in it. */
    private static final String VALID = """
            {
              "id": "small", "version": 1, "title": "Small",
              "sections": [
                {"id": "one", "title": "One", "items": [
                  {"id": "hurts", "type": "choice", "text": "Does it hurt?", "options": [
                    {"value": "yes", "label": "Yes", "score": 1}, {"value": "no", "label": "No", "score": 0}]},
                  {"id": "where", "type": "multi", "text": "Where?", "showIf": {"item": "hurts", "in": ["yes"]}, "options": [
                    {"value": "back", "label": "Back", "score": 1}, {"value": "none", "label": "None", "exclusive": true}]}
                ]},
                {"id": "two", "title": "Two", "items": [
                  {"id": "level", "type": "scale", "text": "How much?", "min": 0, "max": 10, "minLabel": "No", "maxLabel": "Lots"},
                  {"id": "hours", "type": "number", "text": "Hours?", "min": 0, "max": 24, "unit": "hours", "required": false}
                ]}
              ],
              "scores": [
                {"id": "total", "label": "Total", "method": "sum", "items": ["hurts", "level"],
                 "bands": [{"from": 0, "label": "Low"}, {"from": 5, "label": "High"}]}
              ],
              "classifications": [
                {"id": "risk", "rules": [{"when": {"score": "total", "atLeast": 5}, "result": "high"}, {"result": "low"}]}
              ],
              "flags": [
                {"id": "hurts-a-lot", "urgency": "TODAY", "title": "Hurts a lot", "when": {"item": "level", "atLeast": 9}}
              ],
              "urgencyAdvice": {"TODAY": {"headline": "See a doctor today", "text": "Please call a doctor today."}},
              "findings": [
                {"id": "risky", "title": "Risky", "text": "Text.", "when": {"classification": "risk", "is": "high"}}
              ],
              "level": {
                "rules": [{"when": {"score": "total", "atMost": 2}, "result": "STRONG"}, {"result": "BUILD"}],
                "exercises": {
                  "FOUNDATION": [{"name": "A", "purpose": "P", "cues": ["c"]}, {"name": "B", "purpose": "P", "cues": ["c"]},
                                 {"name": "C", "purpose": "P", "cues": ["c"]}],
                  "BUILD": [{"name": "A", "purpose": "P", "cues": ["c"]}, {"name": "B", "purpose": "P", "cues": ["c"]},
                            {"name": "C", "purpose": "P", "cues": ["c"]}],
                  "STRONG": [{"name": "A", "purpose": "P", "cues": ["c"]}, {"name": "B", "purpose": "P", "cues": ["c"]},
                             {"name": "C", "purpose": "P", "cues": ["c"]}]
                }
              },
              "changes": [{"score": "total", "points": 2, "percent": 30}]
            }
            """;

    @Test
    void theSmallDefinitionLoads() {
        Definition definition = DefinitionParser.parse("small-v1.json", VALID);

        assertThat(definition.id()).isEqualTo("small");
        assertThat(definition.sections()).extracting(Section::id).containsExactly("one", "two");
        assertThat(definition.items().get("hours")).extracting(Item::required).isEqualTo(false);
        assertThat(definition.change("total")).isPresent();
    }

    @Test
    void brokenJsonIsReportedWithItsLineAndColumn() {
        String broken = VALID.replace("\"title\": \"One\",", "\"title\": \"One\"");

        assertThatThrownBy(() -> DefinitionParser.parse("small-v1.json", broken))
                .isInstanceOf(DefinitionException.class)
                .hasMessageStartingWith("small-v1.json at 4:34:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aKeyGivenTwiceIsBrokenJson() {
        String twice = VALID.replace("\"title\": \"Small\",", "\"title\": \"Small\", \"title\": \"Again\",");

        assertThatThrownBy(() -> DefinitionParser.parse("small-v1.json", twice))
                .hasMessageStartingWith("small-v1.json at 2:")
                .hasMessageContaining("title");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // what is replaced | with what | the place and problem the message must give
            "`\"type\": \"scale\"` | `\"type\": \"slider\"` | sections[1].items[0].type: unknown item type 'slider'",
            "`\"id\": \"hours\"` | `\"id\": \"hurts\"` | sections[1].items[1].id: another item already has the id 'hurts'",
            "`{\"item\": \"hurts\", \"in\": [\"yes\"]}` | `{\"item\": \"level\", \"atLeast\": 1}` | sections[0].items[1].showIf.item: refers to 'level', which comes later",
            "`{\"item\": \"hurts\", \"in\": [\"yes\"]}` | `{\"item\": \"pain\", \"in\": [\"yes\"]}` | sections[0].items[1].showIf.item: unknown item 'pain'",
            "`{\"item\": \"hurts\", \"in\": [\"yes\"]}` | `{\"item\": \"hurts\", \"in\": [\"maybe\"]}` | sections[0].items[1].showIf.in[0]: 'maybe' is not an option of 'hurts'",
            "`{\"item\": \"hurts\", \"in\": [\"yes\"]}` | `{\"score\": \"total\", \"atLeast\": 1}` | sections[0].items[1].showIf.score: showIf can only look at earlier answers",
            "`\"score\": 1}, {\"value\": \"no\"` | `\"score\": \"one\"}, {\"value\": \"no\"` | sections[0].items[0].options[0].score: expected a number",
            "`{\"from\": 5, \"label\": \"High\"}` | `{\"from\": 0, \"label\": \"High\"}` | scores[0].bands[1].from: bands must be in ascending order",
            "`{\"from\": 0, \"label\": \"Low\"}` | `{\"from\": 1, \"label\": \"Low\"}` | scores[0].bands[0].from: the first band must start at or below the score's lowest value, 0",
            "`{\"from\": 5, \"label\": \"High\"}` | `{\"from\": 12, \"label\": \"High\"}` | scores[0].bands[1].from: this band starts above the score's highest value, 11",
            "`\"items\": [\"hurts\", \"level\"]` | `\"items\": [\"hurts\", \"pain\"]` | scores[0].items[1]: unknown item 'pain'",
            "`\"items\": [\"hurts\", \"level\"]` | `\"items\": [\"hurts\", \"where\"], \"minAnswered\": 3` | scores[0].minAnswered: minAnswered must be between 1 and the number of parts (2)",
            "`\"method\": \"sum\"` | `\"method\": \"median\"` | scores[0].method: unknown method 'median'",
            "`{\"score\": \"total\", \"atLeast\": 5}` | `{\"score\": \"totl\", \"atLeast\": 5}` | classifications[0].rules[0].when.score: unknown score 'totl'",
            "`{\"item\": \"level\", \"atLeast\": 9}` | `{\"item\": \"hurts\", \"atLeast\": 9}` | flags[0].when: 'hurts' is not a scale or number item",
            "`{\"item\": \"level\", \"atLeast\": 9}` | `{\"item\": \"levels\", \"atLeast\": 9}` | flags[0].when.item: unknown item 'levels'",
            "`{\"classification\": \"risk\", \"is\": \"high\"}` | `{\"classification\": \"risk\", \"is\": \"severe\"}` | findings[0].when.is: 'severe' is not a result of the classification 'risk'",
            "`{\"classification\": \"risk\", \"is\": \"high\"}` | `{\"classification\": \"danger\", \"is\": \"high\"}` | findings[0].when.classification: unknown classification 'danger'",
            "`\"urgency\": \"TODAY\"` | `\"urgency\": \"LATER\"` | flags[0].urgency: unknown urgency 'LATER'",
            "`\"urgencyAdvice\": {\"TODAY\"` | `\"urgencyAdvice\": {\"SOON\"` | flags[0].urgency: urgencyAdvice has no advice for TODAY",
            "`\"result\": \"STRONG\"` | `\"result\": \"ADVANCED\"` | level.rules[0].result: unknown level 'ADVANCED'",
            "`{\"result\": \"BUILD\"}` | `{\"when\": {\"score\": \"total\", \"atLeast\": 3}, \"result\": \"BUILD\"}` | level.rules[1]: the last level rule must leave out 'when'",
            "`{\"result\": \"low\"}` | `{\"result\": \"low\"}, {\"result\": \"medium\"}` | classifications[0].rules[1]: only the last rule may leave out 'when'",
            "`\"title\": \"Small\",` | `` | title: missing required field 'title'",
            "`\"text\": \"How much?\",` | `` | sections[1].items[0].text: missing required field 'text'",
            "`\"requ` | `\"requried\": false, \"requ` | sections[1].items[1].requried: unknown field 'requried'",
            "`\"unit\": \"hours\",` | `` | sections[1].items[1].unit: missing required field 'unit'",
            "`\"min\": 0, \"max\": 10,` | `\"min\": 10, \"max\": 0,` | sections[1].items[0].max: max must be greater than min",
            "`{\"value\": \"back\", \"label\": \"Back\", \"score\": 1}` | `{\"value\": \"none\", \"label\": \"Back\", \"score\": 1}` | sections[0].items[1].options[1].value: another option of 'where' already has the value 'none'",
            "`\"id\": \"two\"` | `\"id\": \"Two Words\"` | sections[1].id: 'Two Words' is not a usable id",
            "`\"points\": 2` | `\"points\": 0` | changes[0]: points and percent must both be more than zero",
            "`\"score\": \"total\", \"points\"` | `\"score\": \"pain\", \"points\"` | changes[0].score: unknown score 'pain'",
            "`\"version\": 1` | `\"version\": \"one\"` | version: expected a whole number"})
    void aMistakeIsReportedWithTheFileThePlaceAndTheProblem(String replaced, String replacement, String expected) {
        assertThat(VALID).contains(replaced);
        String broken = VALID.replaceFirst(java.util.regex.Pattern.quote(replaced),
                java.util.regex.Matcher.quoteReplacement(replacement));

        assertThatThrownBy(() -> DefinitionParser.parse("small-v1.json", broken))
                .isInstanceOf(DefinitionException.class)
                .hasMessageStartingWith("small-v1.json at " + expected);
    }

    @ParameterizedTest(name = "{0} starter exercises")
    @CsvSource({"2", "4"})
    void eachLevelNeedsExactlyThreeStarterExercises(int count) {
        String exercise = "{\"name\": \"A\", \"purpose\": \"P\", \"cues\": [\"c\"]}";
        String exercises = String.join(", ", java.util.Collections.nCopies(count, exercise));
        String broken = VALID.replaceFirst("(?s)\"BUILD\": \\[.*?\\}\\],", "\"BUILD\": [" + exercises + "],");
        assertThat(broken).isNotEqualTo(VALID);

        assertThatThrownBy(() -> DefinitionParser.parse("small-v1.json", broken))
                .hasMessage("small-v1.json at level.exercises.BUILD: each level needs exactly 3 starter exercises, not "
                        + count);
    }

    @Test
    void aDefinitionFileWithAMistakeDeepInsideNamesTheWholePath() {
        assertThatThrownBy(() -> DefinitionParser.parse("option-score-v1.json",
                getClass().getResourceAsStream("/assessment-broken/option-score-v1.json")))
                .hasMessage("option-score-v1.json at sections[1].items[3].options[0].score: expected a number");
    }
}
