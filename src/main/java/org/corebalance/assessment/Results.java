package org.corebalance.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.corebalance.assessment.domain.ScoreResult;

/** How result numbers read, the same on every page and in every e-mail and export. */
public final class Results {

    private Results() {
    }

    /** Whole numbers without ".0", others to one decimal. */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static boolean percentage(ScoreResult score) {
        return score.min() == 0 && score.max() == 100;
    }

    /**
     * A score as people read it: a percentage as one, rounded down so that it never looks past the
     * band it is in (19.6 % is still "few limits"); anything else as a number.
     */
    public static String shown(ScoreResult score) {
        if (!score.present()) {
            return "";
        }
        return percentage(score) ? (long) Math.floor(score.value()) + "%" : number(score.value());
    }
}
