package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;

/** The body of {@code POST /receptions/{id}/tasks}. */
public record TaskRequestDto(TaskKind kind, ComplaintType complaintType, String categoryCode, LocationKind location,
        SlaTier tier, OffsetDateTime dueAt, Boolean emergency, String note) {
    TaskRequest toRequest() {
        return new TaskRequest(kind, complaintType, categoryCode, location, tier, dueAt, Boolean.TRUE.equals(emergency),
                note);
    }
}
