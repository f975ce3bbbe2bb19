package org.corebalance.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each moderation rule on its own, and that a robot's or the coach's comment skips the rest. */
class ModerationTests {

    private static Moderation.Facts facts(boolean robot, boolean staff, boolean known, int links, String text, Long elapsed,
            long fromAddress, long fromEmail) {
        return new Moderation.Facts(robot, staff, known, links, text, elapsed, fromAddress, fromEmail, List.of("casino", "free pills"));
    }

    private static Moderation.Facts known() {
        return facts(false, false, true, 0, "A calm comment", 60_000L, 1, 1);
    }

    @Test
    void aKnownCommentersOrdinaryCommentAppearsAtOnce() {
        assertThat(Moderation.decide(known())).isEqualTo(new Moderation.Decision(CommentStatus.APPROVED, null));
        assertThat(Moderation.decide(facts(false, false, true, 1, "one link is fine", null, 5, 5)).status())
                .isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void aFirstCommentIsHeld() {
        var decision = Moderation.decide(facts(false, false, false, 0, "hello", 60_000L, 1, 1));
        assertThat(decision.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(decision.reason()).isEqualTo("First comment from this e-mail address");
    }

    @Test
    void eachSpamRuleHoldsAKnownCommentersComment() {
        assertThat(Moderation.decide(facts(false, false, true, 2, "x", 60_000L, 1, 1)).reason()).isEqualTo("2 links");
        assertThat(Moderation.decide(facts(false, false, true, 0, "Best CASINO here", 60_000L, 1, 1)).reason())
                .contains("casino");
        assertThat(Moderation.decide(facts(false, false, true, 0, "x", 2_999L, 1, 1)).reason()).startsWith("Sent 3.0 seconds");
        assertThat(Moderation.decide(facts(false, false, true, 0, "x", 3_000L, 1, 1)).status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(Moderation.decide(facts(false, false, true, 0, "x", 60_000L, 6, 1)).reason()).contains("network address");
        assertThat(Moderation.decide(facts(false, false, true, 0, "x", 60_000L, 1, 6)).reason()).contains("one e-mail address");
    }

    @Test
    void blockedWordsMatchWholeWordsAndPhrasesOnly() {
        assertThat(Moderation.blockedWordIn("Get free pills now", List.of("free pills"))).isEqualTo("free pills");
        assertThat(Moderation.blockedWordIn("occasional casinos", List.of("casino"))).isNull();
        assertThat(Moderation.blockedWordIn("(Casino)", List.of("casino"))).isEqualTo("casino");
    }

    @Test
    void aRobotIsSpamAndTheCoachIsAlwaysPublished() {
        assertThat(Moderation.decide(facts(true, true, true, 0, "x", 60_000L, 1, 1)).status()).isEqualTo(CommentStatus.SPAM);
        assertThat(Moderation.decide(facts(false, true, false, 5, "casino", 10L, 99, 0)).status()).isEqualTo(CommentStatus.APPROVED);
    }
}
