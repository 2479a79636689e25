package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;
import java.util.List;

/** A reception record (R1.1) in and out; {@code tasks} only on the detail. */
public record ReceptionDto(Long id, String number, ReceptionState state, Long estateId, Long unitId, String location,
        Channel channel, String callerName, String callerPhone, String description, String receivedBy,
        OffsetDateTime receivedAt, List<TaskDto> tasks) {
    static ReceptionDto of(Reception r) {
        return of(r, null);
    }

    static ReceptionDto of(Reception r, List<TaskDto> tasks) {
        return new ReceptionDto(r.getId(), r.getNumber(), r.getState(), r.getEstateId(), r.getUnitId(),
                r.getLocation(), r.getChannel(), r.getCallerName(), r.getCallerPhone(), r.getDescription(),
                r.getReceivedBy(), r.getReceivedAt(), tasks);
    }

    ReceptionRequest toRequest() {
        return new ReceptionRequest(estateId, unitId, location, channel, callerName, callerPhone, description);
    }
}
