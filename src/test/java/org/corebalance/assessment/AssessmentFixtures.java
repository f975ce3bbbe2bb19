package org.corebalance.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import org.corebalance.Http;

/** Assessments taken over HTTP as people take them, for tests of pages elsewhere that show leads (the dashboard). */
public final class AssessmentFixtures {

    private AssessmentFixtures() {
    }

    /** A new lead whose assessment a red flag (a history of cancer) stopped. */
    public static void redFlagLead(Http who) {
        var safety = new LinkedHashMap<>(AssessmentTests.SAFETY);
        safety.put("cancer_history", List.of("yes"));
        AssessmentTests.takeWhole(who, safety, "/blog/walking-for-your-back");
    }
}
