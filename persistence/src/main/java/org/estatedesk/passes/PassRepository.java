package org.estatedesk.passes;

import java.time.LocalDate;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Passes (R3.6), read through the caller's data scope. */
public interface PassRepository {
    void store(Pass pass);

    Optional<Pass> find(long id, DataScope scope);

    /** How many passes of a unit are still out (not returned or cancelled). */
    long outstanding(long unitId);

    /**
     * Passes of the visible estates, newest first: by estate, kind and state; {@code endingBy} keeps the issued ones
     * whose last day is not after it (overdue and expiring), soonest first.
     */
    Page<Pass> page(Long estateId, Pass.Kind kind, Pass.State state, LocalDate endingBy, DataScope scope,
            PageRequest page);

    void store(PassAttachment attachment);

    /** A pass's copies without their content, in upload order. */
    java.util.List<PassAttachment.Info> attachments(long passId);

    /** One copy with its content. */
    Optional<PassAttachment> attachment(long passId, long attachmentId);
}
