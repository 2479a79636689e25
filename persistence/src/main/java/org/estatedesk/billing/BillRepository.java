package org.estatedesk.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Bills with their lines and late fees, what a unit owes, overdue bills (R4.3–R4.5). Callers check the data scope
 * first.
 */
public interface BillRepository {
    void store(Bill bill);

    /**
     * Inserts new bills with their lines in two JDBC batches (the billing job's chunk): ids from the entities'
     * sequences, no persistence context to flush. The objects themselves stay transient.
     */
    void insertBills(List<Bill> bills);

    List<Bill> bills(long unitId, YearMonth period);

    /** Locks every bill of a unit for the caller's transaction; returns those not paid in full, oldest first. */
    List<Bill> openBillsForUpdate(long unitId);

    Optional<Bill> bill(long id);

    /** The one-off charge of a unit with the key given (R4.1), if there is one. */
    Optional<Bill> charge(long unitId, String chargeKey);

    /** A unit's one-off charges not paid in full whose key starts with {@code keyPrefix} (no wildcards: a form's key). */
    List<Bill> openCharges(long unitId, String keyPrefix);

    Balance balance(long unitId, LocalDate today);

    /**
     * What a unit still owes on metered fee items (hot water …) and on the one-off items given (a final reading's
     * charge): the unpaid rest of those bill lines.
     */
    BigDecimal openMetered(long unitId, Collection<String> alsoItems);

    /** Ids of a company's unpaid bills due before {@code dueBefore}, after {@code afterId} in id order. */
    List<Long> overdueBillIds(long companyId, LocalDate dueBefore, long afterId, int max);

    long countOverdueBills(long companyId, LocalDate dueBefore);

    /** The bills locked for the caller's transaction. */
    List<Bill> billsForUpdate(List<Long> ids);

    /** How many bills a run wrote in an estate that carry a payment (an allocation, reversed or not). */
    long runBillsPaid(long runId, long estateId, YearMonth period);

    /** Deletes the bills (and their lines) a run wrote in an estate; returns how many bills went. */
    long deleteRunBills(long runId, long estateId, YearMonth period);

    /** What a unit owes: principal not paid, the part of it overdue, late fees not paid. */
    record Balance(BigDecimal outstanding, BigDecimal overdue, BigDecimal lateFees) {
        /** All the unit owes now: the principal and the late fees of its open bills, to the cent (issue 20). */
        public BigDecimal owed() {
            return outstanding.add(lateFees);
        }
    }
}
