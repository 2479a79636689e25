package org.estatedesk.approvals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;

/** Approval chains and their steps (R3.9), read through the caller's data scope. */
public interface ApprovalRepository {
    /** A step within the caller's scope (its estate, or its company when it has none). */
    Optional<ApprovalStep> step(long id, DataScope scope);

    /**
     * The steps waiting for one of the roles (any role when empty) within the caller's scope, oldest first, at most
     * {@code limit}; each with its chain.
     */
    List<ApprovalStep> waiting(Collection<String> roles, DataScope scope, int limit);

    /** As {@link #waiting(Collection, DataScope, int)}, of one form type and one estate where given (null: any). */
    List<ApprovalStep> waiting(Collection<String> roles, DataScope scope, String formType, Long estateId, int limit);

    /** How many steps wait for one of the roles within the caller's scope. */

    long countWaiting(Collection<String> roles, DataScope scope);

    /**
     * Claims a checked decision: one conditional update of the step's row on its state (still PENDING) and its
     * version (the one checked). True for the one caller that changed the row; the managed step then shows the
     * decision. False when another decision or change came first.
     */
    boolean claim(StepDecision decision);

    /** Every chain of a form, oldest round first, with their steps. The caller has checked the form's scope. */
    List<ApprovalChain> chains(String formType, long formId);

    void store(ApprovalChain chain);
}
