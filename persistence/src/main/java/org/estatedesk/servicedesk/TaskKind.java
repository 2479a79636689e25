package org.estatedesk.servicedesk;

/** The kinds of task a reception record is split into (R1.2). */
public enum TaskKind {
    REPAIR, COMPLAINT, CONSULTATION, SUGGESTION, SPECIAL_SERVICE;

    /** Consultations and suggestions are answered rather than worked on: they may complete without a plan. */
    public boolean answeredDirectly() {
        return this == CONSULTATION || this == SUGGESTION;
    }

    /** Repairs and complaints close only through their callback (R1.7: 100 % of them are called back). */
    public boolean closesByCallback() {
        return this == REPAIR || this == COMPLAINT;
    }
}
