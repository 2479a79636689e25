package org.estatedesk.approvals;

import java.time.OffsetDateTime;

/**
 * A decision on a step that passed every check ({@link ApprovalStep#decision}), to be claimed in the database by
 * a conditional update on the step's state and version: the one claim that changes the row wins, every other is a
 * conflict, on one server or many.
 */
public record StepDecision(Long stepId, int stepNo, int expectedVersion, Decision decision, StepState newState, String by,
        OffsetDateTime at, String comment) {
}
