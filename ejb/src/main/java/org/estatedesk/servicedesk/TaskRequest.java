package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;

/** What the front desk asks for when it splits a reception record into a task (R1.2). */
public record TaskRequest(TaskKind kind, ComplaintType complaintType, String categoryCode, LocationKind location,
        SlaTier tier, OffsetDateTime dueAt, boolean emergency, String note) {
}
