package org.corebalance.assessment;

import java.util.List;

/**
 * /admin/leads: finished assessments, newest first, with the filters that chose them.
 *
 * @param query the filters as a query string, for the CSV link ("" when none)
 */
public record LeadsPage(List<Row> leads, String flag, String level, String from, String until, String query, String error,
        boolean deleted) {

    /** One lead in the list. */
    public record Row(long id, String completed, String flag, String level, String painNow, String function,
            String status, String source, String email) {
    }
}
