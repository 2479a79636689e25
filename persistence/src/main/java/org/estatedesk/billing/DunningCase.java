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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;
import org.estatedesk.shared.Zones;

/**
 * A unit's dunning case (催缴, R4.6), opened from the dunning list: reminders, notices, calls and visits are recorded
 * as steps; a written stop-service notice is posted for the company's posting days (parameter
 * dunning.stopNotice.days, 3 by default); then stop-service may be
 * requested, and a manager (not the requester) approves or rejects it, only while the owner has no valid reason
 * (an objection blocks it until a manager resolves it). Payment in full settles the case; if service was stopped
 * it is restored. Every rule of the procedure lives here; the service stores the steps these methods return.
 */
@Entity
@Table(name = "dunning_case")
public class DunningCase implements Versioned {
    /** The business day is the estates' local day. */
    public static final ZoneId ZONE = Zones.DEFAULT_ZONE;

    public enum State {
        OPEN, NOTICE_POSTED, DISPUTED, STOP_REQUESTED, SERVICE_STOPPED,
        /** Rent in arrears: the premises were taken back (收房); the arrears are still owed. */
        REPOSSESSED, SETTLED, CLOSED;

        public boolean active() {
            return this != SETTLED && this != CLOSED;
        }
    }

    public enum Decision { APPROVE, REJECT }

    private static final Set<State> CONTACT = EnumSet.of(State.OPEN, State.NOTICE_POSTED, State.DISPUTED,
            State.SERVICE_STOPPED, State.REPOSSESSED);

    /** Where the rent path (repossession notice → repossession) may go on: no valid reason, no pending request. */
    private static final Set<State> REPOSSESSABLE = EnumSet.of(State.OPEN, State.NOTICE_POSTED,
            State.SERVICE_STOPPED);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dunning_case_seq")
    @SequenceGenerator(name = "dunning_case_seq", sequenceName = "dunning_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.OPEN;

    /** The unit's id while the case is active, null afterwards: unique, so a unit has one active case at most. */
    @Column(name = "active_unit")
    private Long activeUnit;

    @Column(name = "arrears_at_open", nullable = false)
    private BigDecimal arrearsAtOpen;

    @Column(name = "oldest_due_on", nullable = false)
    private LocalDate oldestDueOn;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Column(name = "notice_posted_on")
    private LocalDate noticePostedOn;

    @Column(name = "repossession_notice_on")
    private LocalDate repossessionNoticeOn;

    /** The posting day plus the company's posting days, fixed when the notice is posted. */
    @Column(name = "stop_allowed_from")
    private LocalDate stopAllowedFrom;

    @Column(name = "valid_reason")
    private String validReason;

    @Column(name = "stop_requested_by")
    private String stopRequestedBy;

    @Column(name = "stop_requested_at")
    private OffsetDateTime stopRequestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "restore_task_id")
    private Long restoreTaskId;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private int version;

    protected DunningCase() {
    }

    public DunningCase(long companyId, long estateId, long unitId, BigDecimal arrears, LocalDate oldestDueOn,
            String openedBy, OffsetDateTime now) {
        if (arrears == null || arrears.signum() <= 0) {
            throw new RuleViolationException("error.dunning.noArrears", "unitId");
        }
        this.companyId = companyId;
        this.estateId = estateId;
        this.unitId = unitId;
        this.activeUnit = unitId;
        this.arrearsAtOpen = arrears;
        this.oldestDueOn = oldestDueOn;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    /**
     * The procedure's steps in the source's order (R4.6): 温馨提示 → 催费单 → 电话催缴 → 上门催缴 → 书面停止服务通知.
     * The friendly reminder opens it; the dunning notice, call and visit follow it (in any order, each may be
     * repeated); the written stop-service notice comes only after all four.
     */
    public static final List<DunningStep.Kind> PROCEDURE = List.of(DunningStep.Kind.REMINDER,
            DunningStep.Kind.NOTICE, DunningStep.Kind.CALL, DunningStep.Kind.VISIT, DunningStep.Kind.STOP_NOTICE);

    /** The steps of the procedure that must come before {@code kind} and are not yet done ({@code done}). */
    public static List<DunningStep.Kind> missingBefore(DunningStep.Kind kind, Set<DunningStep.Kind> done) {
        List<DunningStep.Kind> before = switch (kind) {
            // rent in arrears opens with its repossession notice (收房通知) instead of the reminder
            case NOTICE, CALL, VISIT -> done.contains(DunningStep.Kind.REPOSSESSION_NOTICE) ? List.of()
                    : PROCEDURE.subList(0, 1);
            case STOP_NOTICE -> PROCEDURE.subList(0, 4);
            default -> List.of();
        };
        return before.stream().filter(k -> !done.contains(k)).toList();
    }

    /**
     * Records a step done by hand: reminder, notice, call, visit (while the case is open, disputed or stopped), the
     * written stop-service notice (once, from OPEN), an objection with the owner's reason (blocks stop-service), or
     * the manager's resolution of an objection ({@code manager} must be true). The notice hangs {@code postingDays}
     * before stop-service may be requested. A step may be recorded late (its
     * day between the oldest overdue bill's due day and today), e.g. a notice posted before it was entered. The
     * procedure's steps come in its order ({@link #missingBefore}; {@code done}: the kinds recorded so far): a step
     * whose earlier ones are missing is refused (409 naming them) unless a manager overrides the order
     * ({@code override}), when the step keeps what it skipped.
     */
    public DunningStep record(DunningStep.Kind kind, LocalDate doneOn, String person, String outcome,
            boolean manager, boolean rent, int postingDays, Set<DunningStep.Kind> done, boolean override,
            LocalDate today, OffsetDateTime now) {
        if (kind == null) {
            throw new RuleViolationException("error.required", "kind");
        }
        if (!kind.manual()) {
            throw new RuleViolationException("error.dunning.notManual", "kind", kind);
        }
        LocalDate day = doneOn == null ? today : doneOn;
        if (day.isAfter(today) || day.isBefore(oldestDueOn)) {
            throw new RuleViolationException("error.dunning.day", "doneOn", day);
        }
        if ((kind == DunningStep.Kind.RESOLVED || kind == DunningStep.Kind.REPOSSESSION) && !manager) {
            throw new RuleViolationException("error.dunning.managerOnly", "kind");
        }
        if ((kind == DunningStep.Kind.REPOSSESSION_NOTICE || kind == DunningStep.Kind.REPOSSESSION) && !rent) {
            throw new RuleViolationException("error.dunning.noRent", "kind");
        }
        require(allows(kind, manager, rent), kind);
        List<DunningStep.Kind> missing = missingBefore(kind, done);
        if (!missing.isEmpty() && !override) {
            throw new ConflictException("error.dunning.outOfOrder", kind, String.join(", ",
                    missing.stream().map(Enum::name).toList()));
        }
        if (!missing.isEmpty() && !manager) {
            throw new RuleViolationException("error.dunning.managerOnly", "override");
        }
        switch (kind) {
            case REMINDER, NOTICE, CALL, VISIT -> {
                // a contact: no change of state
            }
            case STOP_NOTICE -> {
                state = State.NOTICE_POSTED;
                noticePostedOn = day;
                stopAllowedFrom = day.plusDays(postingDays);
            }
            case REPOSSESSION_NOTICE -> repossessionNoticeOn = day;
            case REPOSSESSION -> {
                if (day.isBefore(repossessionNoticeOn)) {
                    throw new RuleViolationException("error.dunning.day", "doneOn", day);
                }
                state = State.REPOSSESSED;
            }
            case OBJECTION -> {
                if (outcome == null || outcome.isBlank()) {
                    throw new RuleViolationException("error.dunning.reasonRequired", "outcome");
                }
                state = State.DISPUTED;
                validReason = outcome.trim();
                stopRequestedBy = null;
                stopRequestedAt = null;
            }
            case RESOLVED -> {
                state = State.OPEN;
                validReason = null;
                noticePostedOn = null;
                stopAllowedFrom = null;
            }
            default -> throw new IllegalStateException(kind.name());
        }
        DunningStep step = new DunningStep(id, kind, day, person, outcome, now);
        step.overrode(missing);
        return step;
    }

    /**
     * Whether a step may be recorded by hand now (the rules of {@link #record}, which the page uses to offer only
     * these): contacts while the case is active and not waiting for a decision; the written stop-service notice once
     * from OPEN; an objection until service is stopped; its resolution by a manager; for rent in arrears
     * ({@code rent}: the unit has a rent contract) the repossession notice once, then the repossession by a manager.
     */
    public boolean allows(DunningStep.Kind kind, boolean manager, boolean rent) {
        return switch (kind) {
            case REMINDER, NOTICE, CALL, VISIT -> CONTACT.contains(state);
            case STOP_NOTICE -> state == State.OPEN;
            case OBJECTION -> state == State.OPEN || state == State.NOTICE_POSTED || state == State.STOP_REQUESTED;
            case RESOLVED -> state == State.DISPUTED && manager;
            case REPOSSESSION_NOTICE -> rent && REPOSSESSABLE.contains(state) && repossessionNoticeOn == null;
            case REPOSSESSION -> rent && manager && REPOSSESSABLE.contains(state) && repossessionNoticeOn != null;
            default -> false;
        };
    }

    /** Asks the manager to stop service: the written notice has hung its three days and no valid reason stands. */
    public DunningStep requestStop(String by, String comment, LocalDate today, OffsetDateTime now) {
        if (state == State.DISPUTED) {
            throw new ConflictException("error.dunning.validReason", validReason);
        }
        require(state == State.NOTICE_POSTED, DunningStep.Kind.STOP_REQUEST);
        if (today.isBefore(stopAllowedFrom)) {
            throw new ConflictException("error.dunning.postingNotOver", noticePostedOn, stopAllowedFrom);
        }
        state = State.STOP_REQUESTED;
        stopRequestedBy = by;
        stopRequestedAt = now;
        return new DunningStep(id, DunningStep.Kind.STOP_REQUEST, today, by, comment, now);
    }

    /** The manager's decision on a stop-service request: once, and never by the one who asked. */
    public DunningStep decideStop(Decision decision, String by, String comment, LocalDate today,
            OffsetDateTime now) {
        if (state != State.STOP_REQUESTED) {
            throw new ConflictException("error.dunning.notRequested", state);
        }
        if (decision == null) {
            throw new RuleViolationException("error.required", "decision");
        }
        if (decision == Decision.REJECT && (comment == null || comment.isBlank())) {
            throw new RuleViolationException("error.task.reasonRequired", "comment");
        }
        if (by.equals(stopRequestedBy)) {
            throw new RuleViolationException("error.dunning.ownRequest", "decision");
        }
        decidedBy = by;
        decidedAt = now;
        state = decision == Decision.APPROVE ? State.SERVICE_STOPPED : State.NOTICE_POSTED;
        return new DunningStep(id, decision == Decision.APPROVE ? DunningStep.Kind.STOP_APPROVED
                : DunningStep.Kind.STOP_REJECTED, today, by, comment, now);
    }

    /**
     * The unit has paid every overdue amount: the case is settled. Returns true when service had been stopped and
     * must be restored.
     */
    public boolean settle() {
        if (!state.active()) {
            throw new ConflictException("error.dunning.closed", state);
        }
        boolean restore = state == State.SERVICE_STOPPED;
        state = State.SETTLED;
        activeUnit = null;
        return restore;
    }

    public DunningStep paid(String by, String receiptNumber, LocalDate today, OffsetDateTime now) {
        closedAt = now;
        return new DunningStep(id, DunningStep.Kind.PAYMENT, today, by, receiptNumber, now);
    }

    public DunningStep restored(long taskId, String taskNumber, String by, LocalDate today, OffsetDateTime now) {
        restoreTaskId = taskId;
        return new DunningStep(id, DunningStep.Kind.RESTORE, today, by, taskNumber, now);
    }

    /** Service is to be restored, but neither owner nor collector has a phone for the task: the front desk does it. */
    public DunningStep restoreByHand(String by, LocalDate today, OffsetDateTime now) {
        return new DunningStep(id, DunningStep.Kind.RESTORE, today, by, "无联系电话，请前台手工派单恢复服务"
                + " / no contact phone: dispatch the restore task by hand", now);
    }

    /** A manager closes a case without payment; a case whose service is stopped is settled by payment only. */
    public DunningStep close(String by, String reason, LocalDate today, OffsetDateTime now) {
        if (!state.active()) {
            throw new ConflictException("error.dunning.closed", state);
        }
        if (state == State.SERVICE_STOPPED) {
            throw new ConflictException("error.dunning.stopped");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("error.task.reasonRequired", "comment");
        }
        state = State.CLOSED;
        activeUnit = null;
        closedAt = now;
        return new DunningStep(id, DunningStep.Kind.CLOSE, today, by, reason, now);
    }

    /**
     * The procedure's next step and the day it is due (R4.6): reminder, notice, call, visit and the written notice
     * each fall due a number of days after the oldest overdue bill's due day (company parameters
     * dunning.reminder.days, .notice.days, .call.days, .visit.days); the first one not yet done is next, and after
     * the posting the stop-service request. None while the owner objects, a request waits, or service is stopped.
     */
    public Optional<NextStep> nextStep(Set<DunningStep.Kind> done, int reminderDays, int noticeDays, int callDays,
            int visitDays) {
        if (state == State.DISPUTED || state == State.STOP_REQUESTED || !state.active()
                || state == State.SERVICE_STOPPED || state == State.REPOSSESSED) {
            return Optional.empty();
        }
        if (state == State.NOTICE_POSTED) {
            return Optional.of(new NextStep(DunningStep.Kind.STOP_REQUEST, stopAllowedFrom));
        }
        int[] days = {reminderDays, noticeDays, callDays, visitDays, visitDays};
        DunningStep.Kind[] kinds = {DunningStep.Kind.REMINDER, DunningStep.Kind.NOTICE, DunningStep.Kind.CALL,
            DunningStep.Kind.VISIT, DunningStep.Kind.STOP_NOTICE};
        for (int i = 0; i < kinds.length; i++) {
            if (!done.contains(kinds[i])) {
                return Optional.of(new NextStep(kinds[i], oldestDueOn.plusDays(days[i])));
            }
        }
        return Optional.empty();
    }

    /** A step to do and the day from which it is due. */
    public record NextStep(DunningStep.Kind kind, LocalDate dueOn) {
        public boolean isDue(LocalDate today) {
            return !dueOn.isAfter(today);
        }
    }

    /** The first day stop-service may be requested, or null before the written notice is posted. */
    public LocalDate stopAllowedFrom() {
        return stopAllowedFrom;
    }

    private void require(boolean allowed, DunningStep.Kind kind) {
        if (!allowed) {
            throw new ConflictException("error.dunning.illegalStep", kind, state);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public State getState() {
        return state;
    }

    public boolean isActive() {
        return state.active();
    }

    public BigDecimal getArrearsAtOpen() {
        return arrearsAtOpen;
    }

    public LocalDate getOldestDueOn() {
        return oldestDueOn;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public LocalDate getRepossessionNoticeOn() {
        return repossessionNoticeOn;
    }

    public LocalDate getNoticePostedOn() {
        return noticePostedOn;
    }

    public String getValidReason() {
        return validReason;
    }

    public String getStopRequestedBy() {
        return stopRequestedBy;
    }

    public OffsetDateTime getStopRequestedAt() {
        return stopRequestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public Long getRestoreTaskId() {
        return restoreTaskId;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
