package org.estatedesk.billing;

import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Refundable deposits (R4.1, R3.5); their payments are the PaymentRepository's. Callers check the data scope first. */
public interface DepositRepository {
    void store(Deposit deposit);

    Optional<Deposit> deposit(long id);

    /** A deposit, locked for the transaction (taking, settling and cancelling it). */
    Optional<Deposit> depositForUpdate(long id);

    Optional<Deposit> deposit(long companyId, String sourceKey);

    /** Deposits of the visible estates, newest first, filtered by unit, estate and state (each optional). */
    Page<Deposit> deposits(Long unitId, Long estateId, Deposit.State state,
            DataScope scope, PageRequest page);
}
