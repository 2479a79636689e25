package org.estatedesk.decoration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaDecorationRepository implements DecorationRepository {
    private static final String FROM = " from DecorationApplication d, Estate e where e.id = d.unit.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<DecorationApplication> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select d" + FROM + " and d.id = :id", DecorationApplication.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<DecorationApplication> byId(long id) {
        return Optional.ofNullable(em.find(DecorationApplication.class, id));
    }

    @Override
    public Page<DecorationApplication> page(DecorationState state, Long estateId, Long unitId, boolean overdue,
            OffsetDateTime now, DataScope scope, PageRequest page) {
        QueryFilter filter = new QueryFilter().and(state, "d.state = :state", "state")
                .and(estateId, "d.unit.estateId = :estate", "estate").and(unitId, "d.unit.unitId = :unit", "unit")
                .andIf(overdue, "d.state = :inApproval and d.decisionDueAt < :now", "inApproval",
                        DecorationState.IN_APPROVAL, "now", now);
        return PagedQuery.of(em, DecorationApplication.class).select("select d").count("select count(d)").from(FROM)
                .where(filter).orderBy("order by d.id desc").scope(scope).page(page);
    }

    @Override
    public List<DecorationApplication> permitsInForce(long unitId) {
        return em.createQuery("select a from DecorationApplication a where a.unit.unitId = :u and a.state = :s"
                + " order by a.id desc", DecorationApplication.class).setParameter("u", unitId)
                .setParameter("s", DecorationState.PERMIT_ISSUED).getResultList();
    }

    @Override
    public List<DecorationEvent> history(long applicationId) {
        return em.createQuery("select v from DecorationEvent v where v.applicationId = :id order by v.at, v.id",
                DecorationEvent.class).setParameter("id", applicationId).getResultList();
    }

    @Override
    public List<AttachmentInfo> attachments(long applicationId) {
        return em.createQuery("select new org.estatedesk.decoration.AttachmentInfo(a.id, a.applicationId, a.kind,"
                + " a.file.fileName, a.file.contentType, a.file.size, a.file.uploadedBy,"
                + " a.file.uploadedAt) from DecorationAttachment a"
                + " where a.applicationId = :id order by a.id", AttachmentInfo.class).setParameter("id", applicationId)
                .getResultList();
    }

    @Override
    public Optional<DecorationAttachment> attachment(long applicationId, long attachmentId) {
        return Optional.ofNullable(em.find(DecorationAttachment.class, attachmentId))
                .filter(a -> a.getApplicationId() == applicationId);
    }

    @Override
    public void store(DecorationAttachment attachment) {
        em.persist(attachment);
    }

    @Override
    public void store(DecorationApplication application) {
        em.persist(application);
    }

    @Override
    public void store(DecorationEvent event) {
        em.persist(event);
    }
}
