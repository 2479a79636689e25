package org.estatedesk.servicedesk;

/** The kinds of task a reception record is split into (R1.2). */
public enum TaskKind {
    REPAIR, COMPLAINT, CONSULTATION, SUGGESTION, SPECIAL_SERVICE;

    /** Consultations and suggestions are answered rather than worked on: they may complete without a plan. */
    public boolean answeredDirectly() {
        return this == CONSULTATION || this == SUGGESTION;
    }

    /**
     * Repairs and paid special services are work done at the place (R1.6): they complete only with a work order that
     * says when the technician arrived, what he did and how the owner confirmed it ({@link WorkOrder#checkDoneOnSite}).
     */
    public boolean workedOnSite() {
        return this == REPAIR || this == SPECIAL_SERVICE;
    }

    /** Repairs and complaints close only through their callback (R1.7: 100 % of them are called back). */
    public boolean closesByCallback() {
        return this == REPAIR || this == COMPLAINT;
    }
}
