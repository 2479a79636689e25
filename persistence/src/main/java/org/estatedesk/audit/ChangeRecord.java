package org.estatedesk.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One revision of a master-data record as the history page shows it: who, when, what kind of change, and each
 * changed field with its value before and after.
 */
public record ChangeRecord(long revision, OffsetDateTime at, String username, String kind, List<FieldChange> changes) {
    public record FieldChange(String field, String before, String after) {
    }
}
