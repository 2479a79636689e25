package org.estatedesk.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Inspection batches, their units, defects and hops (C2, B2), read through the caller's data scope. */
public interface InspectionRepository {
    /** What the defect list filters by; null or false: any. {@code contractorId} is forced for a contractor's user. */
    record Filter(Long batchId, DefectState state, Long contractorId, boolean overdue) {
    }

    /** A batch's figures (R2.1), counted in SQL. */
    record Summary(long units, long inspected, long withDefects, long defects, long open, long overdue,
            long accepted, List<ContractorCount> byContractor, List<CategoryCount> byCategory) {
        /** Accepted ÷ (defects less cancelled), 0 without defects. */
        public double closedRate(long cancelled) {
            long counted = defects - cancelled;
            return counted <= 0 ? 0 : (double) accepted / counted;
        }
    }

    /** Defects of one contractor (null: engineering) in a batch. */
    record ContractorCount(Long contractorId, String name, long defects, long open) {
    }

    record CategoryCount(String code, long defects) {
    }

    Optional<InspectionBatch> batch(long id, DataScope scope);

    List<InspectionBatch> batches(Long estateId, DataScope scope);

    List<InspectedUnit> units(long batchId);

    Optional<InspectedUnit> unit(long batchId, long unitId);

    Optional<Defect> defect(long id, DataScope scope);

    Page<Defect> defects(Filter filter, LocalDate today, DataScope scope, PageRequest page);

    List<DefectHop> hops(long defectId);

    Summary summary(long batchId, LocalDate today);

    /** Cancelled defects of a batch (left out of the closed rate). */
    long cancelled(long batchId);

    /** Unties the users of a company's contractors from them (the contractors go when the company is cleared). */
    void untieContractorUsers(long companyId);

    void store(InspectionBatch batch);

    void store(InspectedUnit unit);

    void store(Defect defect);

    void store(DefectHop hop);
}
