package org.corebalance.assessment;

import java.util.List;

/**
 * /admin/leads: finished assessments, newest first, with the filters that chose them.
 *
 * @param query the filters as a query string, for the CSV link ("" when none)
 */
public record LeadsPage(List<Row> leads, String flag, String level, String status, String from, String until, String query,
        String error, boolean deleted) {

    /** The page for these filters: the leads they chose, or none and the reason they could not be used. */
    static LeadsPage of(LeadFilters filters, List<Row> leads, String error, boolean deleted) {
        return new LeadsPage(leads, filters.flag(), filters.level(), filters.status(), filters.from(), filters.until(),
                filters.query(), error, deleted);
    }

    /** One lead in the list. */
    public record Row(long id, String completed, String flag, String level, String painNow, String function,
            String status, String source, String email) {
    }
}
