package org.corebalance.assessment;

import java.util.List;

/**
 * The coach's digest of new leads ({@code assessment/mail/new-leads.jte}): where each lead is and
 * the address it left, if any; no answers.
 */
public record NewLeadsMail(List<Lead> leads, String allLeadsUrl) {

    public NewLeadsMail {
        leads = List.copyOf(leads);
    }

    /** One lead: its page, and the e-mail address the person gave for a copy, or null. */
    public record Lead(String url, String email) {
    }
}
