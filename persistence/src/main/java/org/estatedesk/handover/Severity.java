package org.estatedesk.handover;

import org.estatedesk.organisation.ParameterKey;

/**
 * How serious a defect is (R2.1): A (affects use or safety), B (clearly visible), C (minor). Each has its days to
 * rectify as a business parameter.
 */
public enum Severity {
    A(ParameterKey.DEFECT_DUE_DAYS_A), B(ParameterKey.DEFECT_DUE_DAYS_B), C(ParameterKey.DEFECT_DUE_DAYS_C);

    private final ParameterKey dueDays;

    Severity(ParameterKey dueDays) {
        this.dueDays = dueDays;
    }

    /** The parameter that holds this severity's days to rectify. */
    public ParameterKey dueDays() {
        return dueDays;
    }
}
