package org.estatedesk.hotwater;

import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Hot-water sealings (R3.8), read through the caller's data scope. */
public interface HotWaterRepository {
    void store(HotWaterSealing sealing);

    Optional<HotWaterSealing> find(long id, DataScope scope);

    /** The unit's open sealing, if any. */
    Optional<HotWaterSealing> open(long unitId);

    /** The sealing that keeps the unit's hot-water meter sealed (SEALED or ARCHIVED), if any. */
    Optional<HotWaterSealing> sealing(long unitId);

    /** The sealings that keep hot-water meters of the estate sealed (SEALED or ARCHIVED), in one query. */
    List<HotWaterSealing> sealings(long estateId);

    Page<HotWaterSealing> page(HotWaterSealing.State state, Long estateId, DataScope scope, PageRequest page);
}
