package org.estatedesk.estates;

import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;

public interface EstateRepository {
    /** The estate if it exists and the caller may see it; otherwise empty (answered as "not found"). */
    Optional<Estate> find(long id, DataScope scope);

    /** For update: the same check, and a row lock so that unit counts stay exact under concurrent generation. */
    Optional<Estate> findForUpdate(long id, DataScope scope);

    List<Estate> findVisible(DataScope scope);

    /** The ids of the estates the caller may see (R0.6, R0.7). */
    List<Long> visibleIds(DataScope scope);

    boolean codeExists(String code);

    Estate store(Estate estate);

    List<Building> buildings(long estateId);

    Optional<Building> building(long buildingId);

    boolean buildingCodeExists(long estateId, String code);

    Building store(Building building);

    List<Entrance> entrances(long buildingId);

    Entrance entrance(long buildingId, String code);

    /** Adds to an estate's unit count in one statement (and bumps its version), for bulk generation. */
    void addUnits(long estateId, int count);

    /** The estate without a scope check, for batch steps whose request was checked when it was submitted. */
    Optional<Estate> byId(long id);
}
