package org.estatedesk.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly statistics of one estate (R6.2) as counts and sums, and the figures derived from them. What counts:
 * <ul>
 * <li>requests: tasks created in the month (their breakdown by kind, category and tier in {@link #breakdown});</li>
 * <li>completed, on time, handling time: tasks whose completion falls in the month, on time when completed at or
 * before their due time (R1.5), handling time from creation to completion less the time the task waited on the
 * customer (R1.5: its clock stopped meanwhile);</li>
 * <li>callback rate: completed tasks of the month that have a callback; satisfaction: callbacks made in the month
 * with the verdict "satisfied" among all callbacks made in the month (R1.7, as the callback list's figures);</li>
 * <li>escalations: tasks created in the month moved up to the developer or to HQ (R1.10);</li>
 * <li>complaints: effective complaints created in the month (communication complaints — help-seeking,
 * consultation, venting — do not count; a complaint without a type, such as a repeated repair moved up, does), per
 * mille of the estate's units at the time of the snapshot;</li>
 * <li>violations: decoration violations found in the month per mille of the units under decoration (R3.4) — the
 * rate is null in a month without units under decoration;</li>
 * <li>collection: bills of the month's billing period, collected (paid) against billed; arrears: the unpaid principal
 * of the bills of this period and every earlier one — both as of the moment of the snapshot.</li>
 * </ul>
 */
public record MonthlyFigures(long companyId, long estateId, YearMonth period, long units, long receptions,
        long requests, long completed, long completedOnTime, BigDecimal handlingSeconds, long calledBack,
        long callbacksSatisfied, long callbacksFair, long callbacksDissatisfied, long escalatedDeveloper,
        long escalatedHq, long complaints, Long violations, Long unitsDecorating, BigDecimal billed,
        BigDecimal collected, BigDecimal arrears, List<Breakdown> breakdown) implements Serializable {

    public MonthlyFigures {
        breakdown = List.copyOf(breakdown);
    }

    /** Share of the month's completed tasks completed by their due time, in percent. */
    public BigDecimal onTimeRate() {
        return Rates.percent(completedOnTime, completed);
    }

    /** Mean time from creation to completion of the month's completed tasks, in minutes (one decimal). */
    public BigDecimal averageHandlingMinutes() {
        return completed == 0 ? null : handlingSeconds.divide(BigDecimal.valueOf(completed * 60L), 1,
                RoundingMode.HALF_UP);
    }

    public long callbacks() {
        return callbacksSatisfied + callbacksFair + callbacksDissatisfied;
    }

    /** Share of the month's completed tasks that got their callback (R1.7 asks for 100 %). */
    public BigDecimal callbackRate() {
        return Rates.percent(calledBack, completed);
    }

    /** Share of the month's callbacks with the verdict "satisfied". */
    public BigDecimal satisfactionRate() {
        return Rates.percent(callbacksSatisfied, callbacks());
    }

    public long escalations() {
        return escalatedDeveloper + escalatedHq;
    }

    /** Effective complaints per mille of the estate's units (goal ≤ 5 ‰, parameter kpi.complaint.permille). */
    public BigDecimal complaintPermille() {
        return Rates.permille(complaints, units);
    }

    /** Decoration violations per mille of the units under decoration (goal ≤ 3 ‰); null while not recorded. */
    public BigDecimal violationPermille() {
        return violations == null || unitsDecorating == null ? null : Rates.permille(violations, unitsDecorating);
    }

    /** Collected against billed for the bills of the month's period, in percent (R4.7). */
    public BigDecimal collectionRate() {
        return Rates.percent(collected, billed);
    }

    /** The lines of one dimension, in code order. */
    public List<Breakdown> breakdown(Breakdown.Dimension dimension) {
        return breakdown.stream().filter(b -> b.dimension() == dimension)
                .sorted(java.util.Comparator.comparing(Breakdown::code)).toList();
    }

    /** On-time rate of one SLA tier, null when none of its tasks was completed in the month. */
    public BigDecimal onTimeRate(String tier) {
        return breakdown.stream().filter(b -> b.dimension() == Breakdown.Dimension.TIER && b.code().equals(tier))
                .findFirst().map(Breakdown::onTimeRate).orElse(null);
    }

    /** Whether a per-mille figure breaches its threshold (a KPI shown in red). */
    public static boolean breaches(BigDecimal value, BigDecimal threshold) {
        return value != null && threshold != null && value.compareTo(threshold) > 0;
    }
}
