package org.corebalance.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.corebalance.assessment.domain.Answers;

/**
 * An assessment being answered. It is not stored: it travels sealed ({@link DraftSeal}) in the
 * page the person has open, and only a finished assessment is written to the database, once.
 *
 * @param token the private link's token, chosen at consent; only its hash is ever stored
 * @param consentedAt when the person agreed, in epoch milliseconds
 * @param source the article or link the assessment was started from, or null
 * @param reached the index of the furthest step the person may answer: every step before it was answered
 * @param answers the answers so far (item id to values)
 */
record Draft(String token, String definitionId, int definitionVersion, String consentVersion, long consentedAt,
        String source, int reached, Map<String, List<String>> answers) {

    Instant consented() {
        return Instant.ofEpochMilli(consentedAt);
    }

    Answers given() {
        return Answers.of(answers);
    }

    /** The draft with these answers, having reached at least step {@code index}. */
    Draft with(Answers now, int index) {
        return new Draft(token, definitionId, definitionVersion, consentVersion, consentedAt, source,
                Math.max(reached, index), now.asMap());
    }
}
