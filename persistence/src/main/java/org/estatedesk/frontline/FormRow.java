package org.estatedesk.frontline;

import java.time.OffsetDateTime;

/** A form about a unit, as the front line lists it: kind, number (none before one is issued), state, unit, time. */
public record FormRow(FormKind kind, long id, String number, String state, long estateId, long unitId,
        String unitCode, OffsetDateTime at) {
    public String stateKey() {
        return kind.stateKey(state);
    }
}
