package org.estatedesk.relocation;

import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Relocations (R3.7), read through the caller's data scope. */
public interface RelocationRepository {
    void store(Relocation relocation);

    Optional<Relocation> find(long id, DataScope scope);

    /** The unit's open relocation, if any. */
    Optional<Relocation> open(long unitId);

    Page<Relocation> page(Relocation.State state, Long estateId, DataScope scope, PageRequest page);
}
