package org.estatedesk.api;

import java.time.OffsetDateTime;
import org.estatedesk.servicedesk.ComplaintType;
import org.estatedesk.servicedesk.LocationKind;
import org.estatedesk.servicedesk.SlaTier;
import org.estatedesk.servicedesk.TaskKind;
import org.estatedesk.servicedesk.TaskRequest;

/** The body of {@code POST /receptions/{id}/tasks}. */
public record TaskRequestDto(TaskKind kind, ComplaintType complaintType, String categoryCode, LocationKind location,
        SlaTier tier, OffsetDateTime dueAt, Boolean emergency, String note) {
    TaskRequest toRequest() {
        return new TaskRequest(kind, complaintType, categoryCode, location, tier, dueAt, Boolean.TRUE.equals(emergency),
                note);
    }
}
