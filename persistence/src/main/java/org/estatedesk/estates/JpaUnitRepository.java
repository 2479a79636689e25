package org.estatedesk.estates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {
    private static final int INSERT_BATCH = 500;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<Unit> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select u from Unit u, Estate e where u.id = :id and e.id = u.estateId and "
                + DataScope.ESTATE_VISIBLE, Unit.class)).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Page<Unit> page(Estate estate, UnitFilter filter, int offset, int size) {
        // Two steps: walk the index to the page's ids (no table rows touched for the skipped ones), then load
        // just those rows. This keeps a deep page of a million-unit estate as fast as the first.
        String where = where(filter);
        TypedQuery<Long> ids = em.createQuery("select u.id from Unit u where u.estateId = :estate" + where
                + orderBy(filter), Long.class);
        bind(ids, estate, filter);
        List<Long> pageIds = ids.setFirstResult(offset).setMaxResults(size).getResultList();
        List<Unit> items = load(pageIds);
        long total;
        if (filter.isEmpty()) {
            total = estate.getUnitCount();
        } else {
            TypedQuery<Long> count = em.createQuery("select count(u) from Unit u where u.estateId = :estate" + where,
                    Long.class);
            total = bind(count, estate, filter).getSingleResult();
        }
        return new Page<>(items, total);
    }

    private List<Unit> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> byId = new HashMap<>();
        em.createQuery("select u from Unit u where u.id in :ids", Unit.class).setParameter("ids", ids)
                .getResultList().forEach(u -> byId.put(u.getId(), u));
        List<Unit> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    @Override
    public List<Unit> all(Estate estate, UnitFilter filter, int limit) {
        TypedQuery<Unit> q = em.createQuery("select u from Unit u where u.estateId = :estate" + where(filter)
                + orderBy(filter), Unit.class);
        return bind(q, estate, filter).setMaxResults(limit).getResultList();
    }

    private static String where(UnitFilter f) {
        StringBuilder sb = new StringBuilder();
        if (f.buildingId() != null) {
            sb.append(" and u.buildingId = :building");
        }
        if (f.type() != null) {
            sb.append(" and u.type = :type");
        }
        if (f.state() != null) {
            sb.append(" and u.state = :state");
        }
        if (f.code() != null && !f.code().isBlank()) {
            sb.append(" and u.code like :code escape '!'");
        }
        return sb.toString();
    }

    private static String orderBy(UnitFilter f) {
        // The estate leads every order although it is fixed: H2 walks an index for ORDER BY only when the order
        // names the index's leading columns too (PostgreSQL does not need it, and it costs nothing there).
        String dir = f.descending() ? " desc" : "";
        return switch (f.sort()) {
            case AREA -> " order by u.estateId" + dir + ", u.area" + dir + ", u.code" + dir + ", u.id" + dir;
            case TYPE -> " order by u.estateId" + dir + ", u.type" + dir + ", u.code" + dir + ", u.id" + dir;
            case CODE -> " order by u.estateId" + dir + ", u.code" + dir + ", u.id" + dir;
        };
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Estate estate, UnitFilter f) {
        q.setParameter("estate", estate.getId());
        if (f.buildingId() != null) {
            q.setParameter("building", f.buildingId());
        }
        if (f.type() != null) {
            q.setParameter("type", f.type());
        }
        if (f.state() != null) {
            q.setParameter("state", f.state());
        }
        if (f.code() != null && !f.code().isBlank()) {
            q.setParameter("code", org.estatedesk.shared.Like.startingWith(f.code()));
        }
        return q;
    }

    @Override
    public List<Unit> byCodes(long estateId, List<String> codes) {
        List<Unit> found = new ArrayList<>();
        for (int i = 0; i < codes.size(); i += INSERT_BATCH) {
            found.addAll(em.createQuery("select u from Unit u where u.estateId = :e and u.code in :codes", Unit.class)
                    .setParameter("e", estateId)
                    .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + INSERT_BATCH)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public List<String> existingCodes(long estateId, List<String> codes) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < codes.size(); i += INSERT_BATCH) {
            found.addAll(em.createQuery("select u.code from Unit u where u.estateId = :e and u.code in :codes",
                    String.class).setParameter("e", estateId)
                    .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + INSERT_BATCH)))
                    .getResultList());
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    @Override
    public void storeAll(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            em.persist(units.get(i));
            if ((i + 1) % INSERT_BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }

    @Override
    public List<Unit> ofOwner(long ownerId) {
        return em.createQuery("select u from Unit u where u.ownerId = :o order by u.code", Unit.class)
                .setParameter("o", ownerId).getResultList();
    }

    @Override
    public boolean hasUnits(long buildingId) {
        return !em.createQuery("select u.id from Unit u where u.buildingId = :b", Long.class).setParameter("b", buildingId)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
