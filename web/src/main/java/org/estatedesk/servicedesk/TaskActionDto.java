package org.estatedesk.servicedesk;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The body of {@code POST /tasks/{id}/actions}: the action, the technician for ASSIGN, a comment, the version read
 * (optional; a stale one is a 409), and for COMPLETE the work order.
 */
public record TaskActionDto(TaskAction action, String assignee, String comment, Integer version,
        OffsetDateTime arrivedAt, String workDone, String materials, BigDecimal charge, String signedOffBy) {
    WorkOrder workOrder(String technician) {
        if (arrivedAt == null && workDone == null && materials == null && charge == null && signedOffBy == null) {
            return null;
        }
        return new WorkOrder(technician, arrivedAt, workDone == null ? comment : workDone, materials, charge,
                signedOffBy);
    }
}
