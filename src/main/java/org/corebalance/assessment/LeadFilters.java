package org.corebalance.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The leads list's filters as the coach typed them ("" for any): a red flag ("any", "none" or an
 * urgency), a starting level, how far the coach has taken the lead ({@link LeadStatus}), and the
 * first and last day the assessment was finished on.
 */
record LeadFilters(String flag, String level, String status, String from, String until) {

    private static final Set<String> FLAGS = Set.of("any", "none", "EMERGENCY", "TODAY", "SOON");
    private static final Set<String> LEVELS = Set.of("FOUNDATION", "BUILD", "STRONG");

    /** What is wrong with the filters, in words, or null when they can be used. */
    String problem() {
        if (!flag.isEmpty() && !FLAGS.contains(flag)) {
            return "Unknown red-flag filter.";
        }
        if (!level.isEmpty() && !LEVELS.contains(level)) {
            return "Unknown level.";
        }
        if (!status.isEmpty() && Arrays.stream(LeadStatus.values()).noneMatch(s -> s.name().equals(status))) {
            return "Unknown status.";
        }
        try {
            fromDay();
            untilDay();
        } catch (DateTimeParseException e) {
            return "Please give dates as year-month-day, e.g. 2026-11-24.";
        }
        return null;
    }

    /** The first day, or null for no limit. */
    LocalDate fromDay() {
        return from.isEmpty() ? null : LocalDate.parse(from);
    }

    /** The last day, or null for no limit. */
    LocalDate untilDay() {
        return until.isEmpty() ? null : LocalDate.parse(until);
    }

    /** The filters as a query string, for the CSV link. */
    String query() {
        return UriComponentsBuilder.newInstance().queryParam("flag", flag).queryParam("level", level)
                .queryParam("status", status).queryParam("from", from).queryParam("until", until).build().encode().getQuery();
    }
}
