package org.estatedesk.handover;

/** A defect as the inspector records it in a unit of a batch. */
public record NewDefect(long unitId, Room room, String categoryCode, String description, Severity severity) {
}
