package org.estatedesk.billing;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.estatedesk.estates.UnitType;

/**
 * Fee items of a company and their rates per estate, unit type and month (R4.1). Callers check the data scope first.
 */
public interface FeeRepository {
    void store(FeeItem item);

    void store(FeeRate rate);

    List<FeeItem> items(long companyId);

    Optional<FeeItem> item(long id);

    Optional<FeeItem> item(long companyId, String code);

    List<FeeRate> rates(long estateId);

    Optional<FeeRate> rate(long id);

    Optional<FeeRate> rate(long itemId, long estateId, UnitType type, YearMonth validFrom);

    void remove(FeeRate rate);

    /** Every rate of the estates with its item, as the calculator takes them (active items only). */
    List<BillCalculator.Rate> calculatorRates(Collection<Long> estateIds);
}
