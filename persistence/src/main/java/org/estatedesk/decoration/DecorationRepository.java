package org.estatedesk.decoration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Decoration applications (R3.1) and their history, read through the caller's data scope. */
public interface DecorationRepository {
    Optional<DecorationApplication> find(long id, DataScope scope);

    /** Without a scope check: for the approvals' callbacks, whose step the caller was allowed to decide. */
    Optional<DecorationApplication> byId(long id);

    /** Newest first; {@code overdue} keeps the applications whose decision is late at {@code now}. */
    Page<DecorationApplication> page(DecorationState state, Long estateId, Long unitId, boolean overdue,
            OffsetDateTime now, DataScope scope, PageRequest page);

    List<DecorationEvent> history(long applicationId);

    /** The unit's decorations whose permit is in force (PERMIT_ISSUED), newest first. */
    List<DecorationApplication> permitsInForce(long unitId);

    /** An application's attachments without their content, in upload order. */
    List<AttachmentInfo> attachments(long applicationId);

    /** One attachment with its content. */
    Optional<DecorationAttachment> attachment(long applicationId, long attachmentId);

    void store(DecorationAttachment attachment);

    void store(DecorationApplication application);

    void store(DecorationEvent event);
}
