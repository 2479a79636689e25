package org.estatedesk.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a printed dunning notice shows (R4.6): the dunning notice (催费单, kind NOTICE) or the written stop-service
 * notice (停止服务通知, kind STOP_NOTICE) of a case — company, estate, unit and owner, the overdue bills with their
 * outstanding principal and late fees, the totals, the day of the notice and, for stop-service, the first day
 * service may stop.
 */
public record DunningNotice(DunningStep.Kind kind, long caseId, String companyName, String estateName,
        String unitCode, String ownerName, List<Line> lines, BigDecimal principal, BigDecimal lateFees,
        LocalDate day, LocalDate stopFrom) {

    /** One overdue bill: its period, due day, principal not paid and late fee not paid. */
    public record Line(String period, LocalDate dueOn, BigDecimal principal, BigDecimal lateFee) {
    }

    public BigDecimal total() {
        return principal.add(lateFees);
    }
}
