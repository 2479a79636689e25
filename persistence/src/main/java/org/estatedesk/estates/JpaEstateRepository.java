package org.estatedesk.estates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;

@ApplicationScoped
public class JpaEstateRepository implements EstateRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<Estate> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select e from Estate e where e.id = :id and " + DataScope.ESTATE_VISIBLE,
                Estate.class)).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Estate> findForUpdate(long id, DataScope scope) {
        return find(id, scope).map(e -> {
            em.lock(e, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(e);
            return e;
        });
    }

    @Override
    public List<Estate> findVisible(DataScope scope) {
        return scope.bind(em.createQuery("select e from Estate e where " + DataScope.ESTATE_VISIBLE
                + " order by e.companyId, e.code", Estate.class)).getResultList();
    }

    @Override
    public List<Long> visibleIds(DataScope scope) {
        return scope.bind(em.createQuery("select e.id from Estate e where " + DataScope.ESTATE_VISIBLE, Long.class))
                .getResultList();
    }

    @Override
    public boolean codeExists(String code) {
        return !em.createQuery("select e.id from Estate e where e.code = :c", Long.class).setParameter("c", code)
                .getResultList().isEmpty();
    }

    @Override
    public Estate store(Estate estate) {
        if (estate.getId() == null) {
            em.persist(estate);
            return estate;
        }
        return em.merge(estate);
    }

    @Override
    public List<Building> buildings(long estateId) {
        return em.createQuery("select b from Building b where b.estateId = :e order by b.code", Building.class)
                .setParameter("e", estateId).getResultList();
    }

    @Override
    public Optional<Building> building(long buildingId) {
        return Optional.ofNullable(em.find(Building.class, buildingId));
    }

    @Override
    public boolean buildingCodeExists(long estateId, String code) {
        return !em.createQuery("select b.id from Building b where b.estateId = :e and b.code = :c", Long.class)
                .setParameter("e", estateId).setParameter("c", code).getResultList().isEmpty();
    }

    @Override
    public Building store(Building building) {
        if (building.getId() == null) {
            em.persist(building);
            return building;
        }
        return em.merge(building);
    }

    @Override
    public List<Entrance> entrances(long buildingId) {
        return em.createQuery("select n from Entrance n where n.buildingId = :b order by n.code", Entrance.class)
                .setParameter("b", buildingId).getResultList();
    }

    /** The entrance with this code, created on first use. */
    @Override
    public Entrance entrance(long buildingId, String code) {
        return em.createQuery("select n from Entrance n where n.buildingId = :b and n.code = :c", Entrance.class)
                .setParameter("b", buildingId).setParameter("c", code).getResultStream().findFirst()
                .orElseGet(() -> {
                    Entrance n = new Entrance(buildingId, code, null);
                    em.persist(n);
                    return n;
                });
    }

    @Override
    public void addUnits(long estateId, int count) {
        em.createQuery("update Estate e set e.unitCount = e.unitCount + :n, e.version = e.version + 1 where e.id = :id")
                .setParameter("n", count).setParameter("id", estateId).executeUpdate();
    }

    @Override
    public Optional<Estate> byId(long id) {
        return Optional.ofNullable(em.find(Estate.class, id));
    }
}
