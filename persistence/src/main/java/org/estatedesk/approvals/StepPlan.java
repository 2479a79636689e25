package org.estatedesk.approvals;

import java.util.Objects;

/** One planned step of a chain: a code naming it (e.g. {@code CS_MANAGER}) and the role that decides it. */
public record StepPlan(String code, String approverRole) {
    public StepPlan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(approverRole, "approverRole");
    }
}
