package org.estatedesk.handover;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.estatedesk.servicedesk.IssueCategory;
import org.estatedesk.shared.Messages;

/**
 * A defect as the API shows it (B2): codes and their names in the caller's language ({@code stateName},
 * {@code severityName}, {@code roomName}, {@code categoryName}); {@code contractorId} null: engineering; its hops
 * when one defect is shown. Every field is written, a null one as {@code null}.
 */
@jakarta.json.bind.annotation.JsonbNillable
public record DefectDto(long id, long batchId, long estateId, long unitId, Long buildingId, Room room,
        String roomName, String categoryCode, String categoryName, String description, Severity severity,
        String severityName, DefectState state, String stateName, Long contractorId, LocalDate dueDate,
        boolean overdue, String recordedBy, OffsetDateTime recordedAt, OffsetDateTime closedAt, int version,
        List<HopDto> hops) {
    /** One step: who, when, what, from → to, why. */
    @jakarta.json.bind.annotation.JsonbNillable
    public record HopDto(OffsetDateTime at, String by, String action, String actionName, DefectState from,
            DefectState to, String toName, String comment) {
        static HopDto of(DefectHop h, Locale locale) {
            return new HopDto(h.getAt(), h.getBy(), h.getAction(),
                    Messages.format(locale, "log.op.DEFECT_" + h.getAction()), h.getFrom(), h.getTo(),
                    Messages.format(locale, "defect.state." + h.getTo()), h.getComment());
        }
    }

    static DefectDto of(Defect d, boolean overdue, List<DefectHop> hops, Map<String, IssueCategory> categories,
            Locale locale) {
        IssueCategory c = categories.get(d.getCategoryCode());
        return new DefectDto(d.getId(), d.getBatchId(), d.getEstateId(), d.getUnitId(), d.getBuildingId(),
                d.getRoom(), Messages.format(locale, "defect.room." + d.getRoom()), d.getCategoryCode(),
                c == null ? d.getCategoryCode() : c.name(locale), d.getDescription(), d.getSeverity(),
                Messages.format(locale, "defect.severity." + d.getSeverity()), d.getState(),
                Messages.format(locale, "defect.state." + d.getState()), d.getContractorId(), d.getDueDate(),
                overdue, d.getRecordedBy(), d.getRecordedAt(), d.getClosedAt(), d.getVersion(),
                hops == null ? null : hops.stream().map(h -> HopDto.of(h, locale)).toList());
    }
}
