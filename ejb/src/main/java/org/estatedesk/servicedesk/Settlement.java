package org.estatedesk.servicedesk;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** A contractor's monthly settlement (R1.14): his warranty repairs completed in the month and what they cost. */
public record Settlement(Contractor contractor, YearMonth period, List<Task> tasks, BigDecimal total) {
}
