package org.estatedesk.servicedesk;

import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** The compensation register (R1.13), read through the caller's data scope. */
public interface CompensationRepository {
    Optional<Compensation> find(long id, DataScope scope);

    Page<Compensation> page(Compensation.State state, Long estateId, Long taskId, DataScope scope, PageRequest page);

    void store(Compensation compensation);
}
