package org.estatedesk.approvals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;

@ApplicationScoped
public class JpaApprovalRepository implements ApprovalRepository {
    /** A step {@code st} in the caller's scope: its estate visible, or for a company-wide step its company. */
    private static final String VISIBLE = "((st.estateId is null and " + DataScope.COMPANY_VISIBLE.formatted(
            "st.companyId") + ") or exists (select 1 from Estate e where e.id = st.estateId and "
            + DataScope.ESTATE_VISIBLE + "))";

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<ApprovalStep> step(long id, DataScope scope) {
        return scope.bind(em.createQuery("select st from ApprovalStep st join fetch st.chain where st.id = :id and "
                + VISIBLE, ApprovalStep.class)).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<ApprovalStep> waiting(Collection<String> roles, DataScope scope, int limit) {
        return waiting(roles, scope, null, null, limit);
    }

    @Override
    public List<ApprovalStep> waiting(Collection<String> roles, DataScope scope, String formType, Long estateId,
            int limit) {
        var q = em.createQuery("select st from ApprovalStep st join fetch st.chain c where " + where(roles)
                + (formType == null ? "" : " and c.formType = :formType")
                + (estateId == null ? "" : " and st.estateId = :estateId")
                + " order by st.waitingSince, st.id", ApprovalStep.class);
        if (formType != null) {
            q.setParameter("formType", formType);
        }
        if (estateId != null) {
            q.setParameter("estateId", estateId);
        }
        return bind(q, roles, scope).setMaxResults(limit).getResultList();
    }

    @Override
    public long countWaiting(Collection<String> roles, DataScope scope) {
        var q = em.createQuery("select count(st) from ApprovalStep st where " + where(roles), Long.class);
        return bind(q, roles, scope).getSingleResult();
    }

    private static String where(Collection<String> roles) {
        return "st.state = :pending" + (roles.isEmpty() ? "" : " and st.approverRole in :roles") + " and " + VISIBLE;
    }

    private static <Q extends Query> Q bind(Q q, Collection<String> roles, DataScope scope) {
        q.setParameter("pending", StepState.PENDING);
        if (!roles.isEmpty()) {
            q.setParameter("roles", roles);
        }
        return scope.bind(q);
    }

    @Override
    public boolean claim(StepDecision d) {
        // One conditional UPDATE decides the race, on one server or many: PostgreSQL re-reads a row changed by a
        // concurrent transaction before applying the condition, so the losers change nothing (no follow-on locking,
        // no version-checked flush of a stale copy).
        int changed = em.createQuery("update ApprovalStep st set st.state = :state, st.decision.by = :by,"
                + " st.decision.at = :at, st.decision.comment = :comment, st.version = st.version + 1"
                + " where st.id = :id and st.state = :pending and st.version = :version")
                .setParameter("state", d.newState()).setParameter("by", d.by()).setParameter("at", d.at())
                .setParameter("comment", d.comment()).setParameter("id", d.stepId())
                .setParameter("pending", StepState.PENDING).setParameter("version", d.expectedVersion())
                .executeUpdate();
        if (changed == 1) {
            em.refresh(em.find(ApprovalStep.class, d.stepId()));
        }
        return changed == 1;
    }

    @Override
    public List<ApprovalChain> chains(String formType, long formId) {
        return em.createQuery("select distinct c from ApprovalChain c left join fetch c.steps where c.formType = :type"
                + " and c.formId = :id order by c.round", ApprovalChain.class).setParameter("type", formType)
                .setParameter("id", formId).getResultList();
    }

    @Override
    public void store(ApprovalChain chain) {
        em.persist(chain);
    }
}
