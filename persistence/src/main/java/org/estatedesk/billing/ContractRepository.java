package org.estatedesk.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Contracts (R4.1), filtered by the caller's data scope in SQL. The billing job reads their charges here. */
public interface ContractRepository {
    void store(Contract contract);

    /** A contract of an estate the caller may see, with its unit, estate and fee item. */
    Optional<Row> find(long id, DataScope scope);

    Optional<Contract> byCode(long companyId, String code);

    /** A unit's active contracts of a kind (e.g. the rent a dunning case may repossess for), by code. */
    List<Contract> active(long unitId, ContractKind kind);

    /**
     * A page of visible contracts by estate, kind and state, newest first; with {@code endingBy} only active ones
     * whose end date is not after it (those about to expire and those past their end still active), soonest first.
     */
    Page<Row> page(Filter filter, DataScope scope, PageRequest page);

    /** Every visible contract of the filter, for the Excel export (at most {@code max}). */
    List<Row> all(Filter filter, DataScope scope, int max);

    /** Visible active contracts ending by {@code endingBy} (including those past their end): the workbench count. */
    long countEnding(LocalDate endingBy, DataScope scope);

    /**
     * Active contracts whose end date is before {@code today}, of visible estates of the caller's own companies
     * (not those he sees through shared acceptance), to be marked expired.
     */
    List<Contract> pastEnd(LocalDate today, Long estateId, DataScope scope);

    /**
     * The charges of the contracts on the units given that are billed in the period (not drafts, in force on a day
     * of it), per unit in contract-code order: one query per chunk of the billing job.
     */
    Map<Long, List<BillCalculator.Charge>> contractCharges(Collection<Long> unitIds, YearMonth period);

    record Filter(Long estateId, ContractKind kind, Contract.State state, LocalDate endingBy) {
    }

    /** A contract as lists show it. */
    record Row(Contract contract, String estateName, String unitCode, String itemCode, String itemName) {
    }
}
