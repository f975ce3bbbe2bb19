package org.corebalance.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How result numbers read: whole numbers without ".0", others to one decimal. */
final class Results {

    private Results() {
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
