package org.estatedesk.frontline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.estatedesk.billing.Bill;
import org.estatedesk.billing.Payment;
import org.estatedesk.estates.Unit;
import org.estatedesk.keys.EstateKey;
import org.estatedesk.owners.Owner;
import org.estatedesk.owners.OwnershipRelation;
import org.estatedesk.servicedesk.Task;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Like;

@ApplicationScoped
public class JpaFrontLineRepository implements FrontLineRepository {
    private static final String OWNER_VISIBLE = String.format(DataScope.COMPANY_VISIBLE, "o.companyId");

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public List<Owner> owners(String text, String idPattern, DataScope scope, int limit) {
        return scope.bind(em.createQuery("select o from Owner o where " + OWNER_VISIBLE
                + " and (lower(o.name) like :text escape '!' or o.phone like :text escape '!'"
                + " or o.phone2 like :text escape '!'"
                + " or (:suffix is not null and o.idNumber like :suffix escape '!')) order by o.name, o.id",
                Owner.class)).setParameter("text", Like.containingLower(text))
                .setParameter("suffix", idPattern)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<SearchHit> units(String text, DataScope scope, int limit) {
        List<Object[]> rows = scope.bind(em.createQuery("select u.id, u.code, e.name, e.id from Unit u, Estate e"
                + " where e.id = u.estateId and " + DataScope.ESTATE_VISIBLE
                + " and upper(u.code) like :text escape '!' order by u.code, u.id", Object[].class))
                .setParameter("text", Like.startingWith(text.toUpperCase())).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new SearchHit(SearchHit.Type.UNIT, null, (Long) r[0], (String) r[1],
                (String) r[2], null, (Long) r[3], (Long) r[0])).toList();
    }

    @Override
    public List<SearchHit> tasks(long id, DataScope scope, int limit) {
        List<Object[]> rows = scope.bind(em.createQuery("select t.id, t.kind, t.state, t.estateId, t.unitId"
                + " from Task t, Estate e where e.id = t.estateId and " + DataScope.ESTATE_VISIBLE
                + " and t.id = :id", Object[].class)).setParameter("id", id).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new SearchHit(SearchHit.Type.TASK, null, (Long) r[0],
                Task.numberOf((Long) r[0]), null, "task.state." + r[2], (Long) r[3], (Long) r[4])).toList();
    }

    @Override
    public List<SearchHit> receipts(String text, DataScope scope, int limit) {
        List<Object[]> rows = scope.bind(em.createQuery("select p.id, p.receiptNumber, u.code, p.estateId, p.unitId"
                + " from Payment p, Unit u, Estate e where u.id = p.unitId and e.id = p.estateId and "
                + DataScope.ESTATE_VISIBLE + " and p.receiptNumber like :text escape '!'"
                + " order by p.paidAt desc, p.id desc", Object[].class))
                .setParameter("text", Like.containing(text)).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new SearchHit(SearchHit.Type.RECEIPT, null, (Long) r[0], (String) r[1],
                (String) r[2], null, (Long) r[3], (Long) r[4])).toList();
    }

    @Override
    public List<SearchHit> forms(FormKind kind, String text, DataScope scope, int limit) {
        List<Object[]> rows = scope.bind(em.createQuery("select f.id, f." + kind.numberField() + ", f.unit.unitCode,"
                + " f.unit.estateId, f.unit.unitId, f.state from " + kind.entity() + " f, Estate e"
                + " where e.id = f.unit.estateId and " + DataScope.ESTATE_VISIBLE
                + " and upper(f." + kind.numberField() + ") like :text escape '!'"
                + " order by f." + kind.timeField() + " desc, f.id desc", Object[].class))
                .setParameter("text", Like.containing(text.toUpperCase())).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new SearchHit(SearchHit.Type.FORM, kind, (Long) r[0], (String) r[1],
                (String) r[2], kind.stateKey(String.valueOf(r[5])), (Long) r[3], (Long) r[4])).toList();
    }

    @Override
    public List<HeldUnit> heldUnits(long ownerId, DataScope scope) {
        List<Object[]> rows = scope.bind(em.createQuery("select u, e.name, w.relation, w.startDate"
                + " from Ownership w, Unit u, Estate e where w.ownerId = :o and w.endDate is null"
                + " and u.id = w.unitId and e.id = u.estateId and " + DataScope.ESTATE_VISIBLE
                + " order by u.code, w.relation", Object[].class)).setParameter("o", ownerId).getResultList();
        return rows.stream().map(r -> new HeldUnit((Unit) r[0], (String) r[1], (OwnershipRelation) r[2],
                (LocalDate) r[3])).toList();
    }

    @Override
    public List<org.estatedesk.servicedesk.Reception> recentCalls(Collection<Long> unitIds, int limit) {
        return unitIds.isEmpty() ? List.of() : em.createQuery("select r from Reception r where r.unitId in :u"
                + " order by r.receivedAt desc, r.id desc", org.estatedesk.servicedesk.Reception.class)
                .setParameter("u", unitIds).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Task> recentTasks(Collection<Long> unitIds, int limit) {
        return unitIds.isEmpty() ? List.of() : em.createQuery("select t from Task t where t.unitId in :u"
                + " order by t.createdAt desc, t.id desc", Task.class).setParameter("u", unitIds)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Bill> recentBills(Collection<Long> unitIds, int limit) {
        return unitIds.isEmpty() ? List.of() : em.createQuery("select b from Bill b where b.unitId in :u"
                + " order by b.issuedOn desc, b.id desc", Bill.class).setParameter("u", unitIds)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Payment> recentPayments(Collection<Long> unitIds, int limit) {
        return unitIds.isEmpty() ? List.of() : em.createQuery("select p from Payment p where p.unitId in :u"
                + " order by p.paidAt desc, p.id desc", Payment.class).setParameter("u", unitIds)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<EstateKey> keys(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : em.createQuery("select k from EstateKey k where k.unitId in :u"
                + " order by k.unitCode, k.tag, k.id", EstateKey.class).setParameter("u", unitIds).getResultList();
    }

    @Override
    public List<FormRow> forms(FormKind kind, Collection<Long> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select f.id, f." + kind.numberField() + ", f.state, f.unit.estateId,"
                + " f.unit.unitId, f.unit.unitCode, f." + kind.timeField() + " from " + kind.entity() + " f"
                + " where f.unit.unitId in :u order by f." + kind.timeField() + " desc, f.id desc", Object[].class)
                .setParameter("u", unitIds).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new FormRow(kind, (Long) r[0], (String) r[1], String.valueOf(r[2]),
                (Long) r[3], (Long) r[4], (String) r[5], (OffsetDateTime) r[6])).toList();
    }
}
