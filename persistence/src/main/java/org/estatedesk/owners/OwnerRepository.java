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

    /**
     * Units of an estate the caller sees whose code contains {@code text}, or whose current owner's name or phone
     * contains it (case-insensitive), by code, at most {@code limit}; each with its owner (issue 20, the cashier).
     */
    List<UnitHolder> unitsByCodeOrOwner(long estateId, String text, DataScope scope, int limit);

    /** The unit with its current owner, if the caller sees its estate. */
    Optional<UnitHolder> unitHolder(long unitId, DataScope scope);
}
