package org.estatedesk.handover;

/** What an inspection batch is (C2): the takeover from the developer, a mock inspection, or the formal handover's joint inspection. */
public enum InspectionKind {
    TAKEOVER, MOCK, HANDOVER
}
