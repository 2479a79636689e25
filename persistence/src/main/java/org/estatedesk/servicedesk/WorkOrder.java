package org.estatedesk.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.estatedesk.shared.RuleViolationException;

/**
 * The work order (派工单, R1.6) of a task: who went, when he arrived, what he did with which materials, what was
 * charged, and who signed it off for the owner — or why nobody could. Recorded when the task completes; work done at
 * the place ({@link TaskKind#workedOnSite}) completes only with the arrival, the work and the owner's confirmation
 * ({@link #checkDoneOnSite}).
 */
@Embeddable
public class WorkOrder {
    @Size(max = 40)
    @Column(name = "wo_technician")
    private String technician;

    @Column(name = "wo_arrived_at")
    private OffsetDateTime arrivedAt;

    @Size(max = 2000)
    @Column(name = "wo_work_done")
    private String workDone;

    @Size(max = 1000)
    @Column(name = "wo_materials")
    private String materials;

    @DecimalMin("0.00")
    @Digits(integer = 10, fraction = 2)
    @Column(name = "wo_charge")
    private BigDecimal charge;

    @Size(max = 100)
    @Column(name = "wo_signed_off_by")
    private String signedOffBy;

    @Size(max = 500)
    @Column(name = "wo_not_signed_reason")
    private String notSignedReason;

    /** How far a phone's clock may run ahead of the server's when it says when the technician arrived. */
    private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

    protected WorkOrder() {
    }

    public WorkOrder(String technician, OffsetDateTime arrivedAt, String workDone, String materials, BigDecimal charge,
            String signedOffBy) {
        this(technician, arrivedAt, workDone, materials, charge, signedOffBy, null);
    }

    /** A work order; {@code notSignedReason} says why the owner did not sign it off (nobody home, refused ...). */
    public WorkOrder(String technician, OffsetDateTime arrivedAt, String workDone, String materials, BigDecimal charge,
            String signedOffBy, String notSignedReason) {
        if (charge != null && (charge.signum() < 0 || charge.stripTrailingZeros().scale() > 2)) {
            throw new RuleViolationException("error.money", "charge", charge);
        }
        this.technician = blankToNull(technician);
        this.arrivedAt = arrivedAt;
        this.workDone = blankToNull(workDone);
        this.materials = blankToNull(materials);
        this.charge = charge == null ? null : charge.setScale(2);
        this.signedOffBy = blankToNull(signedOffBy);
        this.notSignedReason = blankToNull(notSignedReason);
    }

    /**
     * Refuses a work order that does not prove the work was done at the place (R1.6): the arrival time (not later
     * than {@code now}), the work done, and the owner's confirmation — who signed it off, or the reason why nobody
     * did. The first missing part is the field named in the error.
     */
    public void checkDoneOnSite(OffsetDateTime now) {
        if (arrivedAt == null) {
            throw new RuleViolationException("error.required", "arrivedAt");
        }
        if (arrivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new RuleViolationException("error.task.arrivedLater", "arrivedAt");
        }
        if (workDone == null) {
            throw new RuleViolationException("error.required", "workDone");
        }
        if (signedOffBy == null && notSignedReason == null) {
            throw new RuleViolationException("error.task.signOffRequired", "signedOffBy");
        }
    }

    /**
     * This work order charging what the owner accepted (R1.2): a paid special service charges its accepted quote —
     * an empty charge becomes the quote, a different one is refused (more work is a new quote on a new task).
     */
    WorkOrder chargedAsQuoted(BigDecimal quoted) {
        if (charge != null && charge.compareTo(quoted) != 0) {
            throw new RuleViolationException("error.task.chargeNotQuoted", "charge", charge, quoted);
        }
        return new WorkOrder(technician, arrivedAt, workDone, materials, quoted, signedOffBy, notSignedReason);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getTechnician() {
        return technician;
    }

    public OffsetDateTime getArrivedAt() {
        return arrivedAt;
    }

    public String getWorkDone() {
        return workDone;
    }

    public String getMaterials() {
        return materials;
    }

    public BigDecimal getCharge() {
        return charge;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public String getNotSignedReason() {
        return notSignedReason;
    }
}
