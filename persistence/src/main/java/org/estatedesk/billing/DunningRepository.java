package org.estatedesk.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Dunning cases, their steps, and the arrears they start from (R4.6). Everything filtered by the data scope. */
public interface DunningRepository {
    /**
     * The dunning list: units of visible estates whose bills due before {@code dueBefore} are not paid in full, the
     * longest overdue first, with their active case if any.
     */
    Page<Arrears> arrears(Long estateId, LocalDate dueBefore, DataScope scope, PageRequest page);

    /** The same rows for given units (those the dunning list is issued for). */
    List<Arrears> arrearsOf(Collection<Long> unitIds, LocalDate dueBefore, DataScope scope);

    Optional<DunningCase> find(long id, DataScope scope);

    Optional<DunningCase> active(long unitId);

    Page<DunningCase> cases(DunningCase.State state, Long estateId, boolean activeOnly, DataScope scope,
            PageRequest page);

    List<DunningStep> steps(long caseId);

    /** The kinds of steps each of the cases has, for the next step of each (one query). */
    Map<Long, Set<DunningStep.Kind>> stepKinds(Collection<Long> caseIds);

    /** A unit's bills due before the day and not paid in full (principal or late fee), oldest first. */
    List<Bill> overdueBills(long unitId, LocalDate dueBefore);

    void store(Object entity);

    /**
     * A unit in arrears: overdue principal (of it hot water, i.e. metered items), late fees not paid, the oldest due
     * day, and the active dunning case.
     */
    record Arrears(long unitId, long estateId, String estateName, String unitCode, String ownerName,
            String ownerPhone, BigDecimal overdue, BigDecimal hotWater, BigDecimal lateFees, LocalDate oldestDueOn,
            long bills, Long caseId, DunningCase.State caseState) {
    }
}
