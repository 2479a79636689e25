package org.estatedesk.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One step of a dunning case (R4.6): what was done, on which day, by whom, with what outcome. Never changed. */
@Entity
@Table(name = "dunning_step")
public class DunningStep {
    /** The steps of the 催缴 procedure in their usual order, and the events the system records itself. */
    public enum Kind {
        /** 温馨提示 — a friendly reminder. */
        REMINDER,
        /** 催费单 — the dunning notice handed over or posted. */
        NOTICE,
        /** 电话催缴 — a phone call. */
        CALL,
        /** 上门催缴 — a visit. */
        VISIT,
        /** 书面停止服务通知 — the written stop-service notice, posted for three days. */
        STOP_NOTICE,
        /** The owner gives a valid reason (a quality dispute, …): no stop-service until it is resolved. */
        OBJECTION,
        /** 协调解决 — the manager resolved the objection. */
        RESOLVED,
        /** 报部门经理 — stop-service requested from the manager. */
        STOP_REQUEST,
        STOP_APPROVED,
        STOP_REJECTED,
        /** Paid in full: the case is settled. */
        PAYMENT,
        /** Service restored: a restore task went to engineering. */
        RESTORE,
        /** Closed by a manager without payment (sold unit, write-off decided elsewhere). */
        CLOSE,
        /** 收房通知 — rent in arrears: the tenant is told the premises will be taken back. */
        REPOSSESSION_NOTICE,
        /** 收房 — a manager records the premises taken back; the unit's rent contracts end that day. */
        REPOSSESSION;

        /** The steps a user records by hand; the others follow from requests, decisions and payments. */
        public boolean manual() {
            return ordinal() <= OBJECTION.ordinal() || this == RESOLVED || this == REPOSSESSION_NOTICE
                    || this == REPOSSESSION;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dunning_step_seq")
    @SequenceGenerator(name = "dunning_step_seq", sequenceName = "dunning_step_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Column(nullable = false)
    private String person;

    private String outcome;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    /** The earlier steps of the procedure a manager's override skipped (R4.6), e.g. "CALL,VISIT"; null if none. */
    @Column(name = "override_skipped", length = 100)
    private String overrideSkipped;

    protected DunningStep() {
    }

    DunningStep(Long caseId, Kind kind, LocalDate doneOn, String person, String outcome, OffsetDateTime now) {
        this.caseId = caseId;
        this.kind = kind;
        this.doneOn = doneOn;
        this.person = person;
        this.outcome = outcome == null || outcome.isBlank() ? null : outcome.trim();
        this.recordedAt = now;
    }

    void overrode(java.util.List<Kind> skipped) {
        overrideSkipped = skipped.isEmpty() ? null
                : String.join(",", skipped.stream().map(Kind::name).toList());
    }

    public String getOverrideSkipped() {
        return overrideSkipped;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getPerson() {
        return person;
    }

    public String getOutcome() {
        return outcome;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
