package org.estatedesk.billing;

import java.util.List;
import java.util.Optional;

/** Payments, their allocations to bills and the gapless receipt numbers (R4.4). Callers check the data scope first. */
public interface PaymentRepository {
    void store(Payment payment);

    void store(PaymentAllocation allocation);

    Optional<Payment> payment(long id);

    /** The payment locked for its reversal. */
    Optional<Payment> paymentForUpdate(long id);

    List<Payment> payments(long unitId);

    /** A collector's payments in a company in [from, to), in time order. */
    List<Payment> paymentsOf(long companyId, String collector, java.time.OffsetDateTime from,
            java.time.OffsetDateTime to);

    List<PaymentAllocation> allocations(long paymentId);

    /** The payments of a deposit (taken, deducted, paid back, reversed) in their order. */
    List<Payment> depositPayments(long depositId);

    /** The next receipt number of a company's year, taken in the caller's transaction (no gaps: R4.4). */
    int nextReceiptNumber(long companyId, int year);
}
