package org.estatedesk.decoration;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.estatedesk.approvals.StepPlan;
import org.estatedesk.organisation.WorkingDays;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.UnitForm;
import org.estatedesk.shared.UnitRef;
import org.estatedesk.shared.Versioned;

/**
 * An owner's decoration application and, once issued, his permit (装修许可, R3.1, R3.2): the unit, the decoration
 * company, the plan and the alterations it touches, the works' dates; the approvals of the current round, the
 * decision due time (working days), and the permit with its fee and refundable deposit.
 */
@Entity
@Table(name = "decoration_application")
public class DecorationApplication extends UnitForm implements Versioned {
    /** The form type under which decoration applications go through the approval chains. */
    public static final String FORM_TYPE = "DECORATION";

    /** R3.2: engineering verifies the alterations first. */
    public static final StepPlan VERIFICATION = new StepPlan("ENGINEERING_VERIFICATION", Roles.ENGINEERING_MANAGER);
    /** R3.1's order: CS assistant → engineering manager → CS manager. */
    public static final List<StepPlan> APPROVALS = List.of(new StepPlan("CS_ASSISTANT", Roles.CS_ASSISTANT),
            new StepPlan("ENGINEERING_MANAGER", Roles.ENGINEERING_MANAGER),
            new StepPlan("CS_MANAGER", Roles.CS_MANAGER));

    private static final BigDecimal MAX_FEE = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decoration_application_seq")
    @SequenceGenerator(name = "decoration_application_seq", sequenceName = "decoration_application_seq",
            allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 200)
    @Column(name = "contractor_name", nullable = false)
    private String contractorName;

    @NotBlank
    @Size(max = 4000)
    @Column(name = "plan_text", nullable = false)
    private String plan;

    @Column(length = 400)
    private String alterations;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecorationState state;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "current_step", length = 40)
    private String currentStep;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "decision_due_at", nullable = false)
    private OffsetDateTime decisionDueAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "permit_number", length = 30)
    private String permitNumber;

    @Column(name = "permit_issued_by")
    private String permitIssuedBy;

    @Column(name = "permit_issued_at")
    private OffsetDateTime permitIssuedAt;

    @Column(name = "management_fee", precision = 12, scale = 2)
    private BigDecimal managementFee;

    @Column(precision = 12, scale = 2)
    private BigDecimal deposit;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    /** Damage to common parts found at the completion inspection, charged to the owner (R3.5). */
    private BigDecimal damages;

    @Version
    private int version;

    protected DecorationApplication() {
    }

    /** A new application for a unit, submitted now; its decision is due at {@code dueAt}. */
    public DecorationApplication(long companyId, long estateId, long unitId, String unitCode, String contractorName,
            String plan,
            Collection<Alteration> alterations, LocalDate startDate, LocalDate endDate, String by,
            OffsetDateTime now, OffsetDateTime dueAt) {
        super(new UnitRef(companyId, estateId, unitId, unitCode));
        describe(contractorName, plan, alterations, startDate, endDate);
        this.state = DecorationState.IN_APPROVAL;
        this.round = 1;
        this.submittedBy = by;
        this.submittedAt = now;
        this.decisionDueAt = dueAt;
        this.currentStep = approvalPlan().get(0).code();
    }

    private void describe(String newContractor, String newPlan, Collection<Alteration> newAlterations,
            LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new RuleViolationException("error.decoration.endBeforeStart", "endDate");
        }
        this.contractorName = newContractor == null ? null : newContractor.trim();
        this.plan = newPlan == null ? null : newPlan.trim();
        this.alterations = Alteration.join(newAlterations == null || newAlterations.isEmpty()
                ? EnumSet.noneOf(Alteration.class) : EnumSet.copyOf(newAlterations));
        this.startDate = start;
        this.endDate = end;
    }

    /** The history line of the submission; call after the application has its id. */
    public DecorationEvent submitted() {
        return event(submittedAt, submittedBy, DecorationAction.SUBMIT, null, state, currentStep, null);
    }

    /** The route of this round's approvals: R3.2's engineering verification first when the plan needs it. */
    public List<StepPlan> approvalPlan() {
        List<StepPlan> plan = new ArrayList<>();
        if (Alteration.anyNeedsVerification(getAlterations())) {
            plan.add(VERIFICATION);
        }
        plan.addAll(APPROVALS);
        return plan;
    }

    /** A step approved and the next one waits ({@code nextStep}), or, without a next step, the plan is approved. */
    public DecorationEvent stepApproved(String step, String nextStep, String by, String comment, OffsetDateTime at) {
        DecorationAction action = nextStep == null ? DecorationAction.APPROVE : DecorationAction.APPROVE_STEP;
        DecorationState from = state;
        state = state.after(action);
        currentStep = nextStep;
        if (nextStep == null) {
            decidedAt = at;
        }
        return event(at, by, action, from, state, step, comment);
    }

    /** A step rejected the plan (its comment says why); the applicant may resubmit a changed one. */
    public DecorationEvent rejected(String step, String by, String comment, OffsetDateTime at) {
        DecorationState from = state;
        state = state.after(DecorationAction.REJECT);
        currentStep = null;
        decidedAt = at;
        return event(at, by, DecorationAction.REJECT, from, state, step, comment);
    }

    /**
     * A changed plan after a rejection starts the approvals again (a new round, due anew); an unchanged plan is
     * refused, since the rejection stands for it.
     */
    public DecorationEvent resubmit(String newContractor, String newPlan, Collection<Alteration> newAlterations,
            LocalDate start, LocalDate end, String by, OffsetDateTime now, OffsetDateTime dueAt, String comment) {
        DecorationState next = state.after(DecorationAction.RESUBMIT);
        Set<Alteration> before = getAlterations();
        String oldPlan = plan;
        describe(newContractor, newPlan, newAlterations, start, end);
        if (Objects.equals(oldPlan, plan) && before.equals(getAlterations())) {
            throw new RuleViolationException("error.decoration.planUnchanged", "plan");
        }
        DecorationState from = state;
        state = next;
        round++;
        submittedBy = by;
        submittedAt = now;
        decisionDueAt = dueAt;
        decidedAt = null;
        currentStep = approvalPlan().get(0).code();
        return event(now, by, DecorationAction.RESUBMIT, from, state, currentStep, comment);
    }

    /**
     * The fees of the permit (R3.1): only after the approvals and once the owner confirmed the water-closing /
     * pressure test; records the decoration management fee and the refundable deposit, to be paid at the cashier's
     * desk before the permit is issued. The permit's number is fixed here so that the fee's bill and the deposit name
     * it. APPROVED → FEES_DUE.
     */
    public DecorationEvent chargeFees(boolean pressureTestConfirmed, BigDecimal fee, BigDecimal depositAmount,
            String by, OffsetDateTime now) {
        DecorationState next = state.after(DecorationAction.CHARGE_FEES);
        if (!pressureTestConfirmed) {
            throw new RuleViolationException("error.decoration.pressureTest", "pressureTestConfirmed");
        }
        managementFee = amount(fee, "managementFee");
        deposit = amount(depositAmount, "deposit");
        DecorationState from = state;
        state = next;
        permitNumber = "ZX" + now.atZoneSameInstant(WorkingDays.ZONE).getYear() + "-" + String.format("%06d", id == null ? 0 : id);
        return event(now, by, DecorationAction.CHARGE_FEES, from, state, null, permitNumber);
    }

    /**
     * The permit (R3.1, 费用交齐 → 发放许可证): only once the management fee is paid ({@code feeUnpaid}, what of its
     * bill is still open) and the deposit taken ({@code depositHeld}); 409 naming what is missing otherwise.
     * FEES_DUE → PERMIT_ISSUED.
     */
    public DecorationEvent issuePermit(BigDecimal feeUnpaid, boolean depositHeld, String by, OffsetDateTime now) {
        DecorationState next = state.after(DecorationAction.ISSUE_PERMIT);
        if (managementFee.signum() > 0 && (feeUnpaid == null || feeUnpaid.signum() > 0)) {
            throw new ConflictException("error.decoration.feeUnpaid",
                    (feeUnpaid == null ? managementFee : feeUnpaid).toPlainString());
        }
        if (deposit.signum() > 0 && !depositHeld) {
            throw new ConflictException("error.decoration.depositNotTaken", deposit.toPlainString());
        }
        DecorationState from = state;
        state = next;
        permitIssuedBy = by;
        permitIssuedAt = now;
        return event(now, by, DecorationAction.ISSUE_PERMIT, from, state, null, permitNumber);
    }

    /** The permit was issued and the works may run (PERMIT_ISSUED): not before, nor once accepted or closed. */
    public boolean permitInForce() {
        return state == DecorationState.PERMIT_ISSUED;
    }

    /**
     * A worker access pass (R3.6) for this unit from {@code from} to {@code to} needs one of its decorations with a
     * permit in force whose works' dates cover the pass: the one that does, or a refusal (400 at {@code validFrom}
     * when there is no such permit, at {@code validTo} when the pass outlasts the works).
     */
    public static DecorationApplication permitForWorkerPass(List<DecorationApplication> ofUnit,
            String unitCode, LocalDate from, LocalDate to) {
        List<DecorationApplication> inForce = ofUnit.stream().filter(DecorationApplication::permitInForce)
                .toList();
        if (inForce.isEmpty()) {
            throw new RuleViolationException("error.pass.noPermit", "unitCode", unitCode);
        }
        return inForce.stream().filter(a -> from != null && to != null && !from.isBefore(a.startDate)
                && !to.isAfter(a.endDate)).findFirst().orElseThrow(() -> {
                    DecorationApplication a = inForce.get(0);
                    return new RuleViolationException("error.pass.outsidePermit",
                            from != null && from.isBefore(a.startDate) ? "validFrom" : "validTo", a.permitNumber,
                            a.startDate.toString(), a.endDate.toString());
                });
    }

    /**
     * Engineering's completion inspection (R3.5): passed → ACCEPTED, with any damage to common parts to charge to
     * the owner ({@code damages}, zero for none; a charge needs a description in the remarks); failed → still
     * issued, the remarks saying what to rectify before the next inspection.
     */
    public DecorationEvent inspectCompletion(boolean passed, BigDecimal damages, String remarks, String by,
            OffsetDateTime now) {
        DecorationState next = state.after(passed ? DecorationAction.ACCEPT : DecorationAction.ACCEPTANCE_FAILED);
        String text = remarks == null || remarks.isBlank() ? null : remarks.trim();
        if (text != null && text.length() > 500) {
            throw new RuleViolationException("error.decoration.tooLong", "remarks", 500);
        }
        BigDecimal damage = damages == null ? BigDecimal.ZERO.setScale(2) : amount(damages, "damages");
        if (!passed && text == null) {
            throw new RuleViolationException("error.decoration.remarksRequired", "remarks");
        }
        if (!passed && damage.signum() > 0) {
            throw new RuleViolationException("error.decoration.damagesOnAcceptance", "damages");
        }
        if (damage.signum() > 0 && text == null) {
            throw new RuleViolationException("error.decoration.remarksRequired", "remarks");
        }
        DecorationState from = state;
        state = next;
        if (passed) {
            acceptedBy = by;
            acceptedAt = now;
            this.damages = damage;
        }
        return event(now, by, passed ? DecorationAction.ACCEPT : DecorationAction.ACCEPTANCE_FAILED, from, state,
                null, text);
    }

    /** The deposit was settled by finance (R3.5): ACCEPTED → CLOSED. */
    public DecorationEvent depositSettled(String summary, String by, OffsetDateTime now) {
        DecorationState next = state.after(DecorationAction.SETTLE_DEPOSIT);
        DecorationState from = state;
        state = next;
        return event(now, by, DecorationAction.SETTLE_DEPOSIT, from, state, null, summary);
    }

    private static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            throw new RuleViolationException("error.required", field);
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_FEE) > 0) {
            throw new RuleViolationException("error.money", field, value.toPlainString());
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** R3.1: the decision is overdue when the approvals still run after the due time. */
    public boolean isOverdue(OffsetDateTime now) {
        return state == DecorationState.IN_APPROVAL && now.isAfter(decisionDueAt);
    }

    private DecorationEvent event(OffsetDateTime at, String by, DecorationAction action, DecorationState from,
            DecorationState to, String step, String comment) {
        return new DecorationEvent(id, at, by, action, from, to, round, step, comment);
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public BigDecimal getDamages() {
        return damages;
    }

    public Long getId() {
        return id;
    }

    public String getContractorName() {
        return contractorName;
    }

    public String getPlan() {
        return plan;
    }

    public Set<Alteration> getAlterations() {
        return Alteration.split(alterations);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public DecorationState getState() {
        return state;
    }

    public int getRound() {
        return round;
    }

    public String getCurrentStep() {
        return currentStep;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getDecisionDueAt() {
        return decisionDueAt;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public String getPermitIssuedBy() {
        return permitIssuedBy;
    }

    public OffsetDateTime getPermitIssuedAt() {
        return permitIssuedAt;
    }

    public BigDecimal getManagementFee() {
        return managementFee;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
