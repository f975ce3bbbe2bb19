package org.corebalance.assessment.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A complete, honest set of answers to the shipped questionnaire that raises no flag; tests change what they are about. */
final class ShippedAnswers {

    private ShippedAnswers() {
    }

    /** What a step's form sends when these are the answers: the values of its own questions. */
    static Map<String, List<String>> step(Section section, Answers answers) {
        var form = new LinkedHashMap<String, List<String>>();
        section.items().forEach(item -> {
            if (!answers.values(item.id()).isEmpty()) {
                form.put(item.id(), answers.values(item.id()));
            }
        });
        return form;
    }

    static Answers typical() {
        Answers answers = Answers.empty();
        for (String item : new String[] {"saddle_numbness", "bladder_bowel", "leg_weakness", "both_legs", "major_trauma",
                "fever_unwell", "cancer_history", "weight_loss", "immune_drugs", "bone_thinning", "night_pain",
                "morning_stiffness", "pain_new", "pregnancy", "recent_surgery", "not_improving"}) {
            answers = answers.with(item, "no");
        }
        answers = answers.with("age_group", "20-to-55")
                .with("pain_now", "5").with("pain_week", "5").with("pain_where", "low-back-middle", "buttock")
                .with("pain_leg", "no").with("pain_duration", "over-a-year").with("pain_worse", "sitting");
        for (String item : new String[] {"fn_socks", "fn_sitting", "fn_standing", "fn_walking", "fn_lifting",
                "fn_housework", "fn_bed", "fn_car"}) {
            answers = answers.with(item, "a-little");
        }
        return answers.with("sitting_hours", "4").with("stress", "4").with("sleep", "fairly-well")
                .with("walking", "15-to-30").with("check_side_plank", "no").with("check_bridge", "yes")
                .with("check_breathing", "yes").with("tried_before", "physio").with("relief_lasted", "lasted")
                .with("goal_1", "walking").with("goal_1_now", "4");
    }
}
