package org.estatedesk.estates;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;

public interface UnitRepository {
    Optional<Unit> find(long id, DataScope scope);

    /** A page of an estate's units; the caller has already checked that the estate is in scope. */
    Page<Unit> page(Estate estate, UnitFilter filter, int offset, int size);

    /** Every unit of an estate matching the filter, in code order, for export. */
    List<Unit> all(Estate estate, UnitFilter filter, int limit);

    List<String> existingCodes(long estateId, List<String> codes);

    /** An estate's units with the given codes (the caller has checked the estate's scope); unknown codes are absent. */
    List<Unit> byCodes(long estateId, List<String> codes);

    void storeAll(List<Unit> units);

    /** Whether the building has any unit (an index probe, not a count). */
    boolean hasUnits(long buildingId);

    List<Unit> ofOwner(long ownerId);

    /**
     * The names of the owners of these units of an estate, by owner id, in one statement (the caller has checked
     * the estate's scope; units of other estates are left out).
     */
    Map<Long, String> ownerNames(long estateId, Collection<Long> unitIds);
}
