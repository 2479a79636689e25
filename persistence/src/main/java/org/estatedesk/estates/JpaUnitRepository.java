package org.estatedesk.estates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

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
        PagedQuery<Long> ids = PagedQuery.of(em, Long.class).select("select u.id").count("select count(u)")
                .from("from Unit u where u.estateId = :estate").where(where(estate, filter)).orderBy(orderBy(filter));
        List<Unit> items = load(ids.items(offset, size));
        return new Page<>(items, filter.isEmpty() ? estate.getUnitCount() : ids.count());
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
        QueryFilter where = where(estate, filter);
        TypedQuery<Unit> q = em.createQuery("select u from Unit u where u.estateId = :estate" + where.conditions()
                + orderBy(filter), Unit.class);
        return where.bind(q).setMaxResults(limit).getResultList();
    }

    private static QueryFilter where(Estate estate, UnitFilter f) {
        return new QueryFilter().with("estate", estate.getId())
                .and(f.buildingId(), "u.buildingId = :building", "building").and(f.type(), "u.type = :type", "type")
                .and(f.state(), "u.state = :state", "state")
                .and(org.estatedesk.shared.Like.startingWith(f.code()), "u.code like :code escape '!'", "code");
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
    public Map<Long, String> ownerNames(long estateId, Collection<Long> unitIds) {
        Map<Long, String> names = new HashMap<>();
        if (unitIds.isEmpty()) {
            return names;
        }
        // the owner by its entity name: estates knows its owners by id only, and never the owners' classes
        em.createQuery("select o.id, o.name from Unit u, Owner o where o.id = u.ownerId and u.estateId = :estate"
                + " and u.id in :units", Object[].class).setParameter("estate", estateId)
                .setParameter("units", unitIds).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    @Override
    public boolean hasUnits(long buildingId) {
        return !em.createQuery("select u.id from Unit u where u.buildingId = :b", Long.class).setParameter("b", buildingId)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
