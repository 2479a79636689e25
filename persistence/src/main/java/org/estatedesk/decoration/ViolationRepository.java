package org.estatedesk.decoration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Decoration patrols (R3.3) and violations (R3.4), read through the caller's data scope. */
public interface ViolationRepository {
    void store(DecorationPatrol patrol);

    void store(DecorationViolation violation);

    Optional<DecorationViolation> find(long id, DataScope scope);

    /** A decoration's patrols, newest first. */
    List<DecorationPatrol> patrols(long applicationId);

    /**
     * Violations newest first: of an estate, a unit, a decoration, in a state; {@code open} keeps the ones not
     * closed, {@code overdueOn} the notices whose deadline passed before that day.
     */
    Page<DecorationViolation> page(Long estateId, Long unitId, Long applicationId, DecorationViolation.State state,
            boolean open, LocalDate overdueOn, DataScope scope, PageRequest page);
}
