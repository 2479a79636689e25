package org.estatedesk.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.estates.UnitType;

/** Fee items, rates, readings, bills, payments and billing-run totals (C4). Callers check the data scope first. */
public interface BillingRepository {
    List<FeeItem> items(long companyId);

    Optional<FeeItem> item(long id);

    Optional<FeeItem> item(long companyId, String code);

    void store(Object entity);

    /**
     * Inserts new bills with their lines in two JDBC batches (the billing job's chunk): ids from the entities'
     * sequences, no persistence context to flush. The objects themselves stay transient.
     */
    void insertBills(List<Bill> bills);

    List<FeeRate> rates(long estateId);

    Optional<FeeRate> rate(long id);

    Optional<FeeRate> rate(long itemId, long estateId, UnitType type, YearMonth validFrom);

    void remove(FeeRate rate);

    /** Every rate of the estates with its item, as the calculator takes them (active items only). */
    List<BillCalculator.Rate> calculatorRates(Collection<Long> estateIds);

    Optional<MeterReading> lastReading(long unitId, MeterKind meter);

    List<MeterReading> readings(long unitId);

    /** Every unit of an estate in code order with its last reading of the meter (null without one). */
    List<LastReading> lastReadings(long estateId, MeterKind meter);

    /** Consumption per unit and meter in a period, for the units given. */
    /**
     * What a unit still owes on metered fee items (hot water …) and on the one-off items given (a final reading's
     * charge): the unpaid rest of those bill lines.
     */
    BigDecimal openMetered(long unitId, Collection<String> alsoItems);

    Map<Long, Map<MeterKind, BigDecimal>> consumption(Collection<Long> unitIds, YearMonth period);

    /**
     * The charges of the contracts on the units given that are billed in the period (not drafts, in force on a day
     * of it), per unit in contract-code order: one query per chunk of the billing job.
     */
    Map<Long, List<BillCalculator.Charge>> contractCharges(Collection<Long> unitIds, YearMonth period);

    /**
     * An estate's units (still to bill) with ids in ({@code afterId}, {@code maxId}], in id order: the billing job's
     * reader (a partition reads its own id range).
     */
    List<UnitToBill> unitsToBill(long estateId, YearMonth period, boolean skipBilled, long afterId, long maxId,
            int max);

    /** The lowest and highest unit id of the estates ({0, 0} without units). */
    long[] unitIdRange(Collection<Long> estateIds);

    long countUnits(Collection<Long> estateIds, YearMonth period, boolean skipBilled);

    List<Bill> bills(long unitId, YearMonth period);

    /** Locks every bill of a unit for the caller's transaction; returns those not paid in full, oldest first. */
    List<Bill> openBillsForUpdate(long unitId);

    Optional<Bill> bill(long id);

    /** The one-off charge of a unit with the key given (R4.1), if there is one. */
    Optional<Bill> charge(long unitId, String chargeKey);

    /** A unit's one-off charges not paid in full whose key starts with {@code keyPrefix} (no wildcards: a form's key). */
    List<Bill> openCharges(long unitId, String keyPrefix);

    Optional<Deposit> deposit(long id);

    /** A deposit, locked for the transaction (taking, settling and cancelling it). */
    Optional<Deposit> depositForUpdate(long id);

    Optional<Deposit> deposit(long companyId, String sourceKey);

    /** Deposits of the visible estates, newest first, filtered by unit, estate and state (each optional). */
    Page<Deposit> deposits(Long unitId, Long estateId, Deposit.State state,
            DataScope scope, PageRequest page);

    /** The payments of a deposit (taken, deducted, paid back, reversed) in their order. */
    List<Payment> depositPayments(long depositId);

    Balance balance(long unitId, LocalDate today);

    Optional<Payment> payment(long id);

    /** The payment locked for its reversal. */
    Optional<Payment> paymentForUpdate(long id);

    List<Payment> payments(long unitId);

    /** A collector's payments in a company in [from, to), in time order. */
    List<Payment> paymentsOf(long companyId, String collector, java.time.OffsetDateTime from,
            java.time.OffsetDateTime to);

    List<PaymentAllocation> allocations(long paymentId);

    /** A unit's prepaid account locked for the caller's transaction (R4.8), if it has one. */
    Optional<PrepaidAccount> prepaidForUpdate(long unitId);

    Optional<PrepaidAccount> prepaid(long unitId);

    /** A unit's prepaid entries, newest first. */
    List<PrepaidEntry> prepaidEntries(long unitId);

    /** Units of an estate with a prepaid balance and an unpaid bill: those a bulk deduction pays from. */
    List<Long> unitsToDeduct(long estateId);

    /** Prepaid accounts of visible estates whose owners were warned of a low balance (R4.8), lowest first. */
    List<PrepaidAccount> lowPrepaid(Long estateId, org.estatedesk.shared.DataScope scope, int max);

    /** The next receipt number of a company's year, taken in the caller's transaction (no gaps: R4.4). */
    int nextReceiptNumber(long companyId, int year);

    /** Adds a chunk's figures to a run's totals of one partition (in the chunk's transaction). */
    void addRunTotals(long runId, int part, Map<Long, RunTotals.Estate> estates, Map<String, RunTotals.Item> items);

    /** A run's totals per estate, over its partitions. */
    List<RunTotals.Estate> runEstates(long runId);

    /** Units done by one partition of a run. */
    long runUnits(long runId, int part);

    List<RunTotals.Item> runItems(long runId);

    /** Billed amounts per estate and item of a period (the month before a dry run, for comparison). */
    List<RunTotals.Item> billedItems(Collection<Long> estateIds, YearMonth period);

    Optional<BillingRun> billingRun(long id);

    /** The request of a billing run, locked against a concurrent cancellation. */
    Optional<BillingRun> billingRunForUpdate(long id);

    /** How many bills a run wrote in an estate that carry a payment (an allocation, reversed or not). */
    long runBillsPaid(long runId, long estateId, YearMonth period);

    /** Deletes the bills (and their lines) a run wrote in an estate; returns how many bills went. */
    long deleteRunBills(long runId, long estateId, YearMonth period);

    /** Ids of a company's unpaid bills due before {@code dueBefore}, after {@code afterId} in id order. */
    List<Long> overdueBillIds(long companyId, LocalDate dueBefore, long afterId, int max);

    long countOverdueBills(long companyId, LocalDate dueBefore);

    /** The bills locked for the caller's transaction. */
    List<Bill> billsForUpdate(List<Long> ids);

    /** A unit's last reading of a meter, for the reading sheet. */
    record LastReading(String unitCode, YearMonth lastPeriod, BigDecimal lastReading) {
    }

    /** A unit as the billing job sees it. */
    record UnitToBill(long id, long companyId, long estateId, UnitType type, BigDecimal area) implements java.io.Serializable {
    }

    /** What a unit owes: principal not paid, the part of it overdue, late fees not paid. */
    record Balance(BigDecimal outstanding, BigDecimal overdue, BigDecimal lateFees) {
    }
}
