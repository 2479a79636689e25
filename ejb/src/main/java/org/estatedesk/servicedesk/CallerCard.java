package org.estatedesk.servicedesk;

import java.util.List;
import java.util.Map;
import org.estatedesk.estates.Unit;
import org.estatedesk.owners.Owner;

/**
 * The screen-pop for a caller's number (R1.1): the owners with that phone, their units, their open tasks and their
 * recent reception records, and what each unit owes (C4: outstanding, overdue, late fees).
 */
public record CallerCard(String phone, List<Owner> owners, List<Unit> units, List<TaskLine> openTasks,
        List<Reception> recentReceptions, Map<Long, UnitBalances.Balance> balances) {
    /** The unit's arrears, zero when it has no bill. */
    public UnitBalances.Balance balance(long unitId) {
        return balances.getOrDefault(unitId, UnitBalances.Balance.NONE);
    }
}
