package org.estatedesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.estatedesk.servicedesk.UnitBalances;

/** Billing's answer to the service desk's {@link UnitBalances}: a unit's balance of its bills (C4). */
@ApplicationScoped
public class UnitBalancesOfBills implements UnitBalances {
    @Inject
    BillRepository bills;

    @Override
    public Balance of(long unitId, LocalDate today) {
        BillRepository.Balance b = bills.balance(unitId, today);
        return new Balance(b.outstanding(), b.overdue(), b.lateFees());
    }
}
