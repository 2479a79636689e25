package org.estatedesk.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything a printed receipt shows (R4.4): the payment, the company, estate, unit, payer and cashier by name, and
 * what it paid line by line. A counter-entry carries the payment it reverses ({@code original}); an original that was
 * reversed says so itself ({@code payment.isReversed()}).
 */
public record ReceiptDocument(Payment payment, Payment original, String companyName, String estateName,
        String unitCode, String payer, String collectorName, List<Line> lines) {

    /** One allocation: the bill's period, the fee item (code and name; a late fee has no name) and the amount. */
    public record Line(YearMonth period, String itemCode, String itemName, BigDecimal amount) {
        public boolean isLateFee() {
            return PaymentAllocation.LATE_FEE.equals(itemCode);
        }
    }

    public boolean isCounterEntry() {
        return original != null;
    }
}
