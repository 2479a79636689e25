package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.estatedesk.estates.UnitDto;
import org.estatedesk.owners.OwnerDto;

/** The screen-pop for a caller's number (R1.1). */
public record CallerCardDto(String phone, List<OwnerDto> owners, List<UnitDto> units, List<TaskDto> openTasks,
        List<ReceptionDto> recentReceptions, List<ArrearsDto> arrears) {
    /** What one of the caller's units owes (C4). */
    @Schema(name = "CallerArrears")
    public record ArrearsDto(long unitId, java.math.BigDecimal outstanding, java.math.BigDecimal overdue,
            java.math.BigDecimal lateFees) {
    }

    static CallerCardDto of(CallerCard c, OffsetDateTime now, java.util.Locale locale) {
        return new CallerCardDto(c.phone(), c.owners().stream().map(OwnerDto::of).toList(),
                c.units().stream().map(UnitDto::of).toList(),
                c.openTasks().stream().map(t -> TaskDto.of(t, now, locale)).toList(),
                c.recentReceptions().stream().map(ReceptionDto::of).toList(),
                c.units().stream().map(u -> {
                    var b = c.balance(u.getId());
                    return new ArrearsDto(u.getId(), b.outstanding(), b.overdue(), b.lateFees());
                }).toList());
    }
}
