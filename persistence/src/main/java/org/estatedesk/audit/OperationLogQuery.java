package org.estatedesk.audit;

import java.time.OffsetDateTime;
import org.estatedesk.shared.Outcome;

/** Search criteria of the operation log; null members do not filter. */
public record OperationLogQuery(String username, String operation, Outcome outcome, OffsetDateTime from,
        OffsetDateTime to, String target) {
}
