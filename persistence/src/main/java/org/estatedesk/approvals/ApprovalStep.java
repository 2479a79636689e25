package org.estatedesk.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Set;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.FormDecision;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * One step of an approval chain (R3.9): its place and code, the role that decides it within the chain's company and
 * estate, its state, since when it waits, and the decision with who, when and why. The decision itself is written by
 * a conditional update (see {@link StepDecision}), never by two approvers.
 */
@Entity
@Table(name = "approval_step")
public class ApprovalStep implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_step_seq")
    @SequenceGenerator(name = "approval_step_seq", sequenceName = "approval_step_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chain_id", nullable = false)
    private ApprovalChain chain;

    @Column(name = "step_no", nullable = false)
    private int stepNo;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "approver_role", nullable = false, length = 40)
    private String approverRole;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id")
    private Long estateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepState state;

    @Column(name = "waiting_since")
    private OffsetDateTime waitingSince;

    /** Written by the claim ({@link ApprovalRepository#claim}), one conditional update; read here. */
    @Embedded
    private FormDecision decision;

    @Version
    private int version;

    protected ApprovalStep() {
    }

    ApprovalStep(ApprovalChain chain, int stepNo, StepPlan plan) {
        this.chain = chain;
        this.stepNo = stepNo;
        this.code = plan.code();
        this.approverRole = plan.approverRole();
        this.companyId = chain.getCompanyId();
        this.estateId = chain.getEstateId();
        this.state = StepState.WAITING;
    }

    void reached(OffsetDateTime now) {
        state = state.after(StepState.Event.REACHED);
        waitingSince = now;
    }

    void cancel() {
        state = state.after(StepState.Event.CANCEL);
    }

    /**
     * Checks a decision by a caller holding the given roles against the version he read (null: the current one):
     * not the step's approver, or not yet his turn → 403; decided already or read before a change → 409; a
     * rejection without a reason → 400. Changes nothing: the result is claimed by the repository.
     */
    public StepDecision decision(Decision decision, String by, Set<String> callerRoles, String comment,
            Integer expectedVersion, OffsetDateTime now) {
        if (!callerRoles.contains(approverRole)) {
            throw new AccessDeniedException("error.approval.notApprover", approverRole);
        }
        if (decision == null) {
            throw new RuleViolationException("error.required", "decision");
        }
        StepState next = state.after(decision.event());
        if (expectedVersion != null && expectedVersion != version) {
            throw new ConflictException("error.approval.stale", expectedVersion, version);
        }
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (decision == Decision.REJECT && text == null) {
            throw new RuleViolationException("error.approval.reasonRequired", "comment");
        }
        if (text != null && text.length() > 1000) {
            throw new RuleViolationException("error.approval.commentTooLong", "comment", 1000);
        }
        return new StepDecision(id, stepNo, version, decision, next, by, now, text);
    }

    public Long getId() {
        return id;
    }

    public ApprovalChain getChain() {
        return chain;
    }

    public int getStepNo() {
        return stepNo;
    }

    public String getCode() {
        return code;
    }

    public String getApproverRole() {
        return approverRole;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public StepState getState() {
        return state;
    }

    public OffsetDateTime getWaitingSince() {
        return waitingSince;
    }

    /** The decision on this step, {@link FormDecision#NONE} while it waits. */
    public FormDecision getDecision() {
        return FormDecision.orNone(decision);
    }

    public String getDecidedBy() {
        return getDecision().getBy();
    }

    public OffsetDateTime getDecidedAt() {
        return getDecision().getAt();
    }

    public String getComment() {
        return getDecision().getComment();
    }

    @Override
    public int getVersion() {
        return version;
    }
}
