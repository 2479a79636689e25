package org.estatedesk.owners;

import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

public interface OwnerRepository {
    Optional<Owner> find(long id, DataScope scope);

    /** Owners whose first or second phone is exactly this number (the service desk's screen-pop). */
    List<Owner> byPhone(String phone, DataScope scope, int limit);

    /** Owners in scope whose name, phone or identity number contains the text. */
    Page<Owner> search(String text, Long companyId, DataScope scope, PageRequest page);

    Owner store(Owner owner);

    List<Ownership> historyOfUnit(long unitId);

    List<Ownership> historyOfOwner(long ownerId);

    Optional<Ownership> currentOwnership(long unitId);

    /** The names of the unit's people with a current tie of one of {@code relations} (R0.4). */
    List<String> currentNames(long unitId, java.util.Collection<OwnershipRelation> relations);

    void store(Ownership ownership);
}
