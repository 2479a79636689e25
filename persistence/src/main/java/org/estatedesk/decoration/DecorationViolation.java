package org.estatedesk.decoration;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.FormDecision;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.UnitForm;
import org.estatedesk.shared.UnitRef;
import org.estatedesk.shared.Versioned;

/**
 * A decoration violation (违规装修, 私搭滥建, R3.4), found on a patrol or reported otherwise, and its handling:
 * FOUND (stopped on site) → REPORTED to the manager → NOTICE_ISSUED (a written rectification notice with a
 * deadline) → on refusal after the deadline STOP_REQUESTED → a CS manager approves → SERVICE_STOPPED; RECTIFIED once
 * the works are put right (from any open state); CLOSED when rectified and any fine is paid, which restores a stopped
 * service. A fine (a one-off charge through billing) may be imposed once while the violation is open.
 */
@Entity
@Table(name = "decoration_violation")
public class DecorationViolation extends UnitForm implements Versioned {
    public static final String STOP_FORM_TYPE = "DECORATION_STOP";
    private static final BigDecimal MAX_FINE = new BigDecimal("9999999.99");
    /** The longest rectification period a notice may give. */
    public static final int MAX_DEADLINE_DAYS = 90;

    public enum State {
        FOUND, REPORTED, NOTICE_ISSUED, STOP_REQUESTED, SERVICE_STOPPED, RECTIFIED, CLOSED;

        public boolean open() {
            return this != CLOSED;
        }
    }

    private static final Set<State> FINABLE = EnumSet.of(State.REPORTED, State.NOTICE_ISSUED, State.STOP_REQUESTED,
            State.SERVICE_STOPPED);
    private static final Set<State> RECTIFIABLE = EnumSet.of(State.FOUND, State.REPORTED, State.NOTICE_ISSUED,
            State.STOP_REQUESTED, State.SERVICE_STOPPED);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decoration_violation_seq")
    @SequenceGenerator(name = "decoration_violation_seq", sequenceName = "decoration_violation_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "patrol_id")
    private Long patrolId;

    @Enumerated(EnumType.STRING)
    private PatrolItem item;

    @Column(nullable = false)
    private String description;

    @Column(name = "stopped_on_site", nullable = false)
    private boolean stoppedOnSite;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.FOUND;

    @Column(name = "found_by", nullable = false)
    private String foundBy;

    @Column(name = "found_at", nullable = false)
    private OffsetDateTime foundAt;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    @Column(name = "report_comment")
    private String reportComment;

    @Column(name = "notice_number")
    private String noticeNumber;

    @Column(name = "notice_issued_by")
    private String noticeIssuedBy;

    @Column(name = "notice_issued_at")
    private OffsetDateTime noticeIssuedAt;

    @Column(name = "rectify_by")
    private LocalDate rectifyBy;

    private String requirement;

    @Column(name = "fine_amount")
    private BigDecimal fineAmount;

    @Column(name = "fine_bill_id")
    private Long fineBillId;

    @Column(name = "fined_by")
    private String finedBy;

    @Column(name = "fined_at")
    private OffsetDateTime finedAt;

    @Column(name = "stop_reason")
    private String stopReason;

    @Column(name = "stop_requested_by")
    private String stopRequestedBy;

    @Column(name = "stop_requested_at")
    private OffsetDateTime stopRequestedAt;

    /** The CS manager's decision on the stop request (R3.4). */
    @Valid
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "stop_decided_by"))
    @AttributeOverride(name = "at", column = @Column(name = "stop_decided_at"))
    @AttributeOverride(name = "comment", column = @Column(name = "stop_comment", length = 1000))
    private FormDecision stopDecision;

    @Column(name = "service_stopped_at")
    private OffsetDateTime serviceStoppedAt;

    @Column(name = "stop_task_number")
    private String stopTaskNumber;

    @Column(name = "rectified_by")
    private String rectifiedBy;

    @Column(name = "rectified_at")
    private OffsetDateTime rectifiedAt;

    @Column(name = "rectify_remarks")
    private String rectifyRemarks;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "restore_task_number")
    private String restoreTaskNumber;

    @Version
    private int version;

    protected DecorationViolation() {
    }

    /**
     * A violation found at a unit: of a checklist item ({@code item}, the description then defaults to it) or
     * described ({@code description}, 私搭滥建 and the like); {@code stoppedOnSite} when the works were stopped there.
     */
    public DecorationViolation(long companyId, long estateId, long unitId, String unitCode, Long applicationId,
            Long patrolId, PatrolItem item, String description, boolean stoppedOnSite, String by,
            OffsetDateTime at) {
        super(new UnitRef(companyId, estateId, unitId, unitCode));
        String text = description == null || description.isBlank() ? null : description.trim();
        if (text == null && item == null) {
            throw new RuleViolationException("error.required", "description");
        }
        if (text != null && text.length() > 1000) {
            throw new RuleViolationException("error.decoration.tooLong", "description", 1000);
        }
        if (item != null && !item.violation()) {
            throw new RuleViolationException("error.violation.reminderItem", "item", item);
        }
        this.applicationId = applicationId;
        this.patrolId = patrolId;
        this.item = item;
        this.description = text == null ? item.letter() + " " + item.name() : text;
        this.stoppedOnSite = stoppedOnSite;
        this.foundBy = by;
        this.foundAt = at;
    }

    /** Reported to the manager (R3.4's 报告经理): FOUND → REPORTED. */
    public void report(String comment, String by, OffsetDateTime at) {
        require(State.FOUND, "report");
        state = State.REPORTED;
        reportedBy = by;
        reportedAt = at;
        reportComment = optional(comment, "comment", 1000);
    }

    /**
     * The written rectification notice (整改通知书): what to put right by when — a day after {@code today}, at most
     * {@link #MAX_DEADLINE_DAYS} days on; numbered ZG{year}-{id}. REPORTED → NOTICE_ISSUED.
     */
    public void issueNotice(LocalDate deadline, String whatToDo, LocalDate today, String by, OffsetDateTime at) {
        require(State.REPORTED, "notice");
        if (deadline == null) {
            throw new RuleViolationException("error.required", "rectifyBy");
        }
        if (!deadline.isAfter(today) || deadline.isAfter(today.plusDays(MAX_DEADLINE_DAYS))) {
            throw new RuleViolationException("error.violation.deadline", "rectifyBy", deadline, MAX_DEADLINE_DAYS);
        }
        String text = optional(whatToDo, "requirement", 1000);
        if (text == null) {
            throw new RuleViolationException("error.required", "requirement");
        }
        state = State.NOTICE_ISSUED;
        rectifyBy = deadline;
        requirement = text;
        noticeIssuedBy = by;
        noticeIssuedAt = at;
        noticeNumber = "ZG" + today.getYear() + "-" + String.format("%06d", id == null ? 0 : id);
    }

    /**
     * A fine (罚款), once per violation while it is handled (reported and not yet rectified): a positive amount in
     * cents; the service charges it to the unit through billing.
     */
    public BigDecimal fine(BigDecimal amount, String by, OffsetDateTime at) {
        if (!FINABLE.contains(state)) {
            throw new ConflictException("error.violation.illegalTransition", "fine", state);
        }
        if (fineAmount != null) {
            throw new ConflictException("error.violation.alreadyFined", fineAmount.toPlainString());
        }
        if (amount == null) {
            throw new RuleViolationException("error.required", "amount");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_FINE) > 0) {
            throw new RuleViolationException("error.money", "amount", amount.toPlainString());
        }
        fineAmount = amount.setScale(2, RoundingMode.UNNECESSARY);
        finedBy = by;
        finedAt = at;
        return fineAmount;
    }

    /** The bill that charges the fine. */
    public void fineCharged(long billId) {
        fineBillId = billId;
    }

    /**
     * The owner refuses to rectify (拒不整改): after the notice's deadline has passed, or before it when the owner
     * refused outright ({@code refusal} says how: required then), a request to stop service that a CS manager
     * decides. NOTICE_ISSUED → STOP_REQUESTED.
     */
    public void requestStop(String refusal, LocalDate today, String by, OffsetDateTime at) {
        require(State.NOTICE_ISSUED, "stopRequest");
        String text = optional(refusal, "refusal", 1000);
        if (!today.isAfter(rectifyBy) && text == null) {
            throw new ConflictException("error.violation.deadlineNotPassed", rectifyBy);
        }
        stopReason = text;
        state = State.STOP_REQUESTED;
        stopRequestedBy = by;
        stopRequestedAt = at;
        stopDecision = null;
    }

    /**
     * The manager's decision on the stop request, not by the one who asked: approved → SERVICE_STOPPED; rejected →
     * back to NOTICE_ISSUED.
     */
    public void decideStop(boolean approve, String by, String comment, OffsetDateTime at) {
        require(State.STOP_REQUESTED, "stopDecision");
        stopDecision = FormDecision.decideOther(stopRequestedBy, by, at, comment, "error.violation.ownRequest");
        state = approve ? State.SERVICE_STOPPED : State.NOTICE_ISSUED;
        if (approve) {
            serviceStoppedAt = at;
        }
    }

    /** The engineering task that stops service. */
    public void stopTask(String number) {
        stopTaskNumber = number;
    }

    /**
     * The works were put right (checked on site): from any open state but RECTIFIED → RECTIFIED. Returns whether a
     * stop request was waiting (the service withdraws it).
     */
    public boolean rectified(String remarks, String by, OffsetDateTime at) {
        if (!RECTIFIABLE.contains(state)) {
            throw new ConflictException("error.violation.illegalTransition", "rectify", state);
        }
        String text = optional(remarks, "remarks", 1000);
        if (text == null) {
            throw new RuleViolationException("error.required", "remarks");
        }
        boolean waiting = state == State.STOP_REQUESTED;
        state = State.RECTIFIED;
        rectifiedBy = by;
        rectifiedAt = at;
        rectifyRemarks = text;
        return waiting;
    }

    /**
     * Rectified and the fine paid (or none): RECTIFIED → CLOSED. Returns whether service had been stopped and must
     * now be restored (恢复服务).
     */
    public boolean close(boolean finePaid, String by, OffsetDateTime at) {
        require(State.RECTIFIED, "close");
        if (fineAmount != null && !finePaid) {
            throw new ConflictException("error.violation.fineUnpaid", fineAmount.toPlainString());
        }
        state = State.CLOSED;
        closedBy = by;
        closedAt = at;
        return serviceStoppedAt != null;
    }

    /** The engineering task that restores the service stopped for this violation. */
    public void restoreTask(String number) {
        restoreTaskNumber = number;
    }

    /** A notice's deadline passed without rectification. */
    public boolean isOverdue(LocalDate today) {
        return state == State.NOTICE_ISSUED && today.isAfter(rectifyBy);
    }

    /** The key of the fine's one-off charge: under its decoration's key, so that the deposit settlement keeps it. */
    public String fineKey() {
        return applicationId == null ? "VIOLATION:" + id + ":FINE"
                : DecorationApplication.FORM_TYPE + ":" + applicationId + ":FINE:" + id;
    }

    private void require(State expected, String action) {
        if (state != expected) {
            throw new ConflictException("error.violation.illegalTransition", action, state);
        }
    }

    private static String optional(String value, String field, int max) {
        String text = value == null || value.isBlank() ? null : value.trim();
        if (text != null && text.length() > max) {
            throw new RuleViolationException("error.decoration.tooLong", field, max);
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getPatrolId() {
        return patrolId;
    }

    public PatrolItem getItem() {
        return item;
    }

    public String getDescription() {
        return description;
    }

    public boolean isStoppedOnSite() {
        return stoppedOnSite;
    }

    public State getState() {
        return state;
    }

    public String getFoundBy() {
        return foundBy;
    }

    public OffsetDateTime getFoundAt() {
        return foundAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    public String getReportComment() {
        return reportComment;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public String getNoticeIssuedBy() {
        return noticeIssuedBy;
    }

    public OffsetDateTime getNoticeIssuedAt() {
        return noticeIssuedAt;
    }

    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public String getRequirement() {
        return requirement;
    }

    public BigDecimal getFineAmount() {
        return fineAmount;
    }

    public Long getFineBillId() {
        return fineBillId;
    }

    public String getFinedBy() {
        return finedBy;
    }

    public OffsetDateTime getFinedAt() {
        return finedAt;
    }

    public String getStopReason() {
        return stopReason;
    }

    public String getStopRequestedBy() {
        return stopRequestedBy;
    }

    public OffsetDateTime getStopRequestedAt() {
        return stopRequestedAt;
    }

    /** The decision on the stop request, {@link FormDecision#NONE} while none is taken. */
    public FormDecision getStopDecision() {
        return FormDecision.orNone(stopDecision);
    }

    public String getStopDecidedBy() {
        return getStopDecision().getBy();
    }

    public OffsetDateTime getStopDecidedAt() {
        return getStopDecision().getAt();
    }

    public String getStopComment() {
        return getStopDecision().getComment();
    }

    public OffsetDateTime getServiceStoppedAt() {
        return serviceStoppedAt;
    }

    public String getStopTaskNumber() {
        return stopTaskNumber;
    }

    public String getRectifiedBy() {
        return rectifiedBy;
    }

    public OffsetDateTime getRectifiedAt() {
        return rectifiedAt;
    }

    public String getRectifyRemarks() {
        return rectifyRemarks;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getRestoreTaskNumber() {
        return restoreTaskNumber;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
