package org.estatedesk.approvals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.RuleViolationException;

/**
 * One round of approvals of one form (R3.9): the form's type and id, the company and estate whose approvers decide,
 * and the ordered steps. Exactly one step is PENDING while the chain is; an approval moves the chain to the next
 * step or, after the last, approves the form; a rejection ends the chain. A form whose plan changes starts a new
 * chain (the next round); the old one stays as history.
 */
@Entity
@Table(name = "approval_chain")
public class ApprovalChain {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_chain_seq")
    @SequenceGenerator(name = "approval_chain_seq", sequenceName = "approval_chain_seq", allocationSize = 50)
    private Long id;

    @Column(name = "form_type", nullable = false, length = 40)
    private String formType;

    @Column(name = "form_id", nullable = false)
    private Long formId;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id")
    private Long estateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChainState state;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "chain", cascade = CascadeType.PERSIST)
    @OrderBy("stepNo")
    private List<ApprovalStep> steps = new ArrayList<>();

    protected ApprovalChain() {
    }

    /** A new chain whose first step waits for its approver from now on. */
    public ApprovalChain(String formType, long formId, int round, long companyId, Long estateId,
            List<StepPlan> plan, OffsetDateTime dueAt, String by, OffsetDateTime now) {
        if (formType == null || formType.isBlank() || plan == null || plan.isEmpty()) {
            throw new RuleViolationException("error.approval.emptyChain", "steps");
        }
        this.formType = formType;
        this.formId = formId;
        this.round = round;
        this.companyId = companyId;
        this.estateId = estateId;
        this.state = ChainState.PENDING;
        this.startedBy = by;
        this.startedAt = now;
        this.dueAt = dueAt;
        int n = 0;
        for (StepPlan p : plan) {
            steps.add(new ApprovalStep(this, ++n, p));
        }
        steps.get(0).reached(now);
    }

    /**
     * Moves the chain on after the decision on one of its steps was claimed: the next step becomes PENDING, or the
     * chain is approved after its last step; a rejection cancels the steps left and rejects the chain. Returns the
     * step now pending, if any.
     */
    public Optional<ApprovalStep> advance(StepDecision d) {
        ApprovalStep decided = steps.stream().filter(s -> s.getStepNo() == d.stepNo()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("step " + d.stepNo() + " is not in chain " + id));
        List<ApprovalStep> later = steps.subList(steps.indexOf(decided) + 1, steps.size());
        if (d.decision() == Decision.REJECT) {
            later.forEach(ApprovalStep::cancel);
            finish(ChainState.REJECTED, d.at());
            return Optional.empty();
        }
        if (later.isEmpty()) {
            finish(ChainState.APPROVED, d.at());
            return Optional.empty();
        }
        later.get(0).reached(d.at());
        return Optional.of(later.get(0));
    }

    /** The form withdrew its request: the steps not decided are cancelled, the chain ends undecided. */
    public void withdraw(OffsetDateTime now) {
        if (state != ChainState.PENDING) {
            return;
        }
        steps.stream().filter(s -> !s.getState().isDecided()).forEach(ApprovalStep::cancel);
        finish(ChainState.WITHDRAWN, now);
    }

    private void finish(ChainState end, OffsetDateTime at) {
        state = end;
        finishedAt = at;
    }

    /** The step waiting for its approver, if the chain is still running. */
    public Optional<ApprovalStep> pendingStep() {
        return steps.stream().filter(s -> s.getState() == StepState.PENDING).findFirst();
    }

    /** Whether a running chain has passed its due time (e.g. R3.1's three working days). */
    public boolean isOverdue(OffsetDateTime now) {
        return state == ChainState.PENDING && dueAt != null && now.isAfter(dueAt);
    }

    public Long getId() {
        return id;
    }

    public String getFormType() {
        return formType;
    }

    public Long getFormId() {
        return formId;
    }

    public int getRound() {
        return round;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public ChainState getState() {
        return state;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public int getVersion() {
        return version;
    }

    public List<ApprovalStep> getSteps() {
        return List.copyOf(steps);
    }
}
