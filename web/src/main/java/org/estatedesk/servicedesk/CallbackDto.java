package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;

/** A callback (R1.7); in a request only {@code result} and {@code comment} count. */
public record CallbackDto(Long id, Long taskId, CallbackResult result, String comment, String calledBy,
        OffsetDateTime calledAt, Boolean late) {
    static CallbackDto of(Callback c) {
        return new CallbackDto(c.getId(), c.getTaskId(), c.getResult(), c.getComment(), c.getCalledBy(),
                c.getCalledAt(), c.isLate());
    }
}
