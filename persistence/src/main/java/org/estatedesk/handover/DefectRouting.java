package org.estatedesk.handover;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.estatedesk.servicedesk.ContractorScope;

/**
 * Who rectifies a defect (B2, R1.14): the contractor whose scope covers the defect's category (or a parent of it)
 * in the unit's building or the whole estate and whose warranty runs on the day — the building's scope before the
 * estate-wide one, the nearest category first ({@link ContractorScope#responsible}); none: the property's own
 * engineering department (null). The due date is the day recorded plus the severity's days.
 */
public final class DefectRouting {
    private DefectRouting() {
    }

    /** The responsible contractor's id, or null for the engineering department. */
    public static Long contractor(Collection<ContractorScope> scopes, long estateId, Long buildingId, long categoryId,
            Map<Long, Long> parents, LocalDate day) {
        return ContractorScope.responsible(scopes, estateId, buildingId, categoryId, parents, day)
                .map(ContractorScope::getContractorId).orElse(null);
    }

    public static LocalDate dueDate(LocalDate recorded, int severityDays) {
        return recorded.plusDays(severityDays);
    }
}
