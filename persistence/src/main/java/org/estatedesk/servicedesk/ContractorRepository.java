package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Contractors and their scopes of works (R1.14). */
public interface ContractorRepository {
    List<Contractor> ofCompany(long companyId);

    Optional<Contractor> find(long id);

    List<ContractorScope> scopesOf(long contractorId);

    List<ContractorScope> scopesInEstate(long estateId);

    Optional<ContractorScope> scope(long id);

    /** Warranty tasks of a contractor completed in [from, to), oldest first (the monthly settlement). */
    List<Task> completedInWarranty(long contractorId, OffsetDateTime from, OffsetDateTime to);

    void store(Contractor contractor);

    void store(ContractorScope scope);

    void remove(ContractorScope scope);
}
