package org.estatedesk.servicedesk;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The body of {@code POST /tasks/{id}/actions}: the action, the technician for ASSIGN, a comment, the version read
 * (optional; a stale one is a 409), and for COMPLETE the work order: a repair or special service completes only with
 * {@code arrivedAt}, {@code workDone} and either {@code signedOffBy} or {@code notSignedReason} (400 naming the first
 * one missing). RECATEGORISE takes {@code categoryId} (a category of the company's library), TRANSFER
 * {@code department} (a {@link Department} name); both a reason in {@code comment} (issue 20).
 */
public record TaskActionDto(TaskAction action, String assignee, String comment, Integer version,
        OffsetDateTime arrivedAt, String workDone, String materials, BigDecimal charge, String signedOffBy,
        String notSignedReason, Long categoryId, String department) {
    WorkOrder workOrder(String technician) {
        if (arrivedAt == null && workDone == null && materials == null && charge == null && signedOffBy == null
                && notSignedReason == null) {
            return null;
        }
        return new WorkOrder(technician, arrivedAt, workDone == null ? comment : workDone, materials, charge,
                signedOffBy, notSignedReason);
    }
}
