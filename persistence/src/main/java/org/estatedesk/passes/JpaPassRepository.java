package org.estatedesk.passes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaPassRepository implements PassRepository {
    private static final String FROM = " from Pass p, Estate e where e.id = p.unit.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public void store(Pass pass) {
        em.persist(pass);
    }

    @Override
    public Optional<Pass> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select p" + FROM + " and p.id = :id", Pass.class)).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public long outstanding(long unitId) {
        return em.createQuery("select count(p) from Pass p where p.unit.unitId = :u and p.state = :issued", Long.class)
                .setParameter("u", unitId).setParameter("issued", Pass.State.ISSUED).getSingleResult();
    }

    @Override
    public Page<Pass> page(Long estateId, Pass.Kind kind, Pass.State state, LocalDate endingBy, DataScope scope,
            PageRequest page) {
        QueryFilter filter = new QueryFilter().and(estateId, "p.unit.estateId = :estate", "estate")
                .and(kind, "p.kind = :kind", "kind").and(state, "p.state = :state", "state")
                .andIf(endingBy != null, "p.state = :issued and p.validTo <= :endingBy", "issued", Pass.State.ISSUED,
                        "endingBy", endingBy);
        return PagedQuery.of(em, Pass.class).select("select p").count("select count(p)").from(FROM).where(filter)
                .orderBy(endingBy == null ? "order by p.id desc" : "order by p.validTo, p.id").scope(scope)
                .page(page);
    }

    @Override
    public void store(PassAttachment attachment) {
        em.persist(attachment);
    }

    @Override
    public List<PassAttachment.Info> attachments(long passId) {
        return em.createQuery("select new org.estatedesk.passes.PassAttachment$Info(a.id, a.passId, a.kind,"
                + " a.file.fileName, a.file.contentType, a.file.size, a.file.uploadedBy, a.file.uploadedAt)"
                + " from PassAttachment a where a.passId = :p order by a.id", PassAttachment.Info.class)
                .setParameter("p", passId).getResultList();
    }

    @Override
    public Optional<PassAttachment> attachment(long passId, long attachmentId) {
        return Optional.ofNullable(em.find(PassAttachment.class, attachmentId))
                .filter(a -> a.getPassId() == passId);
    }
}
