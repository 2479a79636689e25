package org.estatedesk.decoration;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the printed decoration permit (装修许可证, R3.1) shows: the permit with its company, estate, unit and owner,
 * and who approved each step of the approved round.
 */
public record DecorationPermit(DecorationApplication application, String companyName, String estateName,
        String ownerName, List<Approval> approvals) {

    /** One approval of the round that led to the permit. */
    public record Approval(String step, String decidedBy, OffsetDateTime decidedAt, String comment) {
    }
}
