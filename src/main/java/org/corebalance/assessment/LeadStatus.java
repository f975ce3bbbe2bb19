package org.corebalance.assessment;

/** How far the coach has taken a lead. */
public enum LeadStatus {
    NEW("New"), CONTACTED("Contacted"), TRIAL("In trial"), MEMBER("Member");

    private final String label;

    LeadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
