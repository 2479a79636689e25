package org.estatedesk.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.estates.UnitType;

/**
 * Billing runs (R4.3): the request, the units the billing job reads and the run's totals per partition. Callers check
 * the data scope first.
 */
public interface BillingRunRepository {
    void store(BillingRun run);

    /**
     * An estate's units (still to bill) with ids in ({@code afterId}, {@code maxId}], in id order: the billing job's
     * reader (a partition reads its own id range).
     */
    List<UnitToBill> unitsToBill(long estateId, YearMonth period, boolean skipBilled, long afterId, long maxId,
            int max);

    /** The lowest and highest unit id of the estates ({0, 0} without units). */
    long[] unitIdRange(Collection<Long> estateIds);

    long countUnits(Collection<Long> estateIds, YearMonth period, boolean skipBilled);

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

    /** A unit as the billing job sees it. */
    record UnitToBill(long id, long companyId, long estateId, UnitType type, BigDecimal area) implements java.io.Serializable {
    }
}
