package org.estatedesk.organisation;

import java.math.BigDecimal;
import java.util.Optional;
import org.estatedesk.shared.RuleViolationException;

/**
 * The catalogue of business parameters (R0.9) with DOMAIN.md's defaults. A company stores a row only where it
 * overrides the default; later capabilities read their numbers from here, never from constants.
 */
public enum ParameterKey {
    SLA_GENERAL_MINUTES("sla.general.minutes", Type.INTEGER, "30"),
    SLA_COMPLEX_HOURS("sla.complex.hours", Type.INTEGER, "3"),
    SLA_DIFFICULT_DAYS("sla.difficult.days", Type.INTEGER, "3"),
    WARRANTY_CONTACT_HOURS("warranty.contact.hours", Type.INTEGER, "24"),
    CALLBACK_DELAY_HOURS("callback.delay.hours", Type.INTEGER, "24"),
    CALLBACK_LATEST_DAYS("callback.latest.days", Type.INTEGER, "3"),
    CALLBACK_MAX_ATTEMPTS("callback.maxAttempts", Type.INTEGER, "3"),
    ESCALATION_WINDOW_DAYS("escalation.windowDays", Type.INTEGER, "180"),
    DUNNING_REMINDER_DAYS("dunning.reminder.days", Type.INTEGER, "7"),
    DUNNING_NOTICE_DAYS("dunning.notice.days", Type.INTEGER, "15"),
    DUNNING_CALL_DAYS("dunning.call.days", Type.INTEGER, "30"),
    DUNNING_VISIT_DAYS("dunning.visit.days", Type.INTEGER, "45"),
    DUNNING_STOP_NOTICE_DAYS("dunning.stopNotice.days", Type.INTEGER, "3"),
    LATE_FEE_DAILY_RATE("lateFee.dailyRate", Type.DECIMAL, "0.0003"),
    LATE_FEE_GRACE_DAYS("lateFee.graceDays", Type.INTEGER, "30"),
    PASS_DEPOSIT("pass.deposit", Type.DECIMAL, "50.00"),
    PASS_CARD_FEE("pass.cardFee", Type.DECIMAL, "5.00"),
    PASS_MAX_MONTHS("pass.maxMonths", Type.INTEGER, "3"),
    TEMPORARY_PASS_DAYS("pass.temporaryDays", Type.INTEGER, "3"),
    DECORATION_DECISION_WORKING_DAYS("decoration.decisionWorkingDays", Type.INTEGER, "3"),
    PATROL_GROUNDS_DAYS("patrol.grounds.days", Type.INTEGER, "1"),
    PATROL_SHOPS_DAYS("patrol.shops.days", Type.INTEGER, "2"),
    PATROL_VACANT_DAYS("patrol.vacant.days", Type.INTEGER, "7"),
    KPI_COMPLAINT_PERMILLE("kpi.complaint.permille", Type.DECIMAL, "5"),
    KPI_VIOLATION_PERMILLE("kpi.violation.permille", Type.DECIMAL, "3"),
    KPI_FACILITY_PERCENT("kpi.facility.percent", Type.DECIMAL, "98"),
    PREPAID_WARNING_THRESHOLD("prepaid.warningThreshold", Type.DECIMAL, "50.00"),
    /** A collection of at least this amount is reported to the finance manager the same day (R4.4); 0: none. */
    LARGE_COLLECTION_THRESHOLD("payment.largeCollectionThreshold", Type.DECIMAL, "10000.00"),
    /** Days to rectify a defect of severity A, B, C found in an inspection (C2, B2). */
    DEFECT_DUE_DAYS_A("defect.dueDays.A", Type.INTEGER, "3"),
    DEFECT_DUE_DAYS_B("defect.dueDays.B", Type.INTEGER, "7"),
    DEFECT_DUE_DAYS_C("defect.dueDays.C", Type.INTEGER, "15");

    public enum Type { INTEGER, DECIMAL }

    private final String key;
    private final Type type;
    private final String defaultValue;

    ParameterKey(String key, Type type, String defaultValue) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public static Optional<ParameterKey> byKey(String key) {
        for (ParameterKey k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Normalises a value typed by an administrator, or refuses it: numbers only, never negative. */
    public String validate(String value) {
        String v = value == null ? "" : value.trim();
        try {
            if (type == Type.INTEGER) {
                int i = Integer.parseInt(v);
                if (i < 0) {
                    throw new NumberFormatException();
                }
                return Integer.toString(i);
            }
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0) {
                throw new NumberFormatException();
            }
            return d.toPlainString();
        } catch (NumberFormatException e) {
            throw new RuleViolationException("error.parameter.invalid", "value", key, value);
        }
    }
}
