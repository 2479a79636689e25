package org.estatedesk.servicedesk;

import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Reception records (R1.1), always read through the caller's data scope. */
public interface ReceptionRepository {
    Optional<Reception> find(long id, DataScope scope);

    /** For an update: the row is locked, so that two front-desk users adding tasks do not race. */
    Optional<Reception> findForUpdate(long id, DataScope scope);

    /** The caller's recent records from one phone number, newest first (the screen-pop). */
    List<Reception> byPhone(String phone, DataScope scope, int limit);

    Page<Reception> page(ReceptionState state, Long estateId, String receivedBy, DataScope scope, PageRequest page);

    void store(Reception reception);
}
