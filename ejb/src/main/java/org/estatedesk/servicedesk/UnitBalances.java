package org.estatedesk.servicedesk;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A port of the service desk: what a unit owes, for the caller card (R1.1, C4). Billing answers it
 * ({@code billing.UnitBalancesOfBills}); the service desk knows no bill.
 */
public interface UnitBalances {

    /** What the unit owes on the day: outstanding, of it overdue, and late fees; zero when it has no bill. */
    Balance of(long unitId, LocalDate today);

    /** A unit's arrears (amounts of scale 2). */
    record Balance(BigDecimal outstanding, BigDecimal overdue, BigDecimal lateFees) {
        public static final Balance NONE = new Balance(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));
    }
}
