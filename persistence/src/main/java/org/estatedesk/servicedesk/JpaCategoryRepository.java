package org.estatedesk.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public List<IssueCategory> library(long companyId) {
        return em.createQuery("select c from IssueCategory c where c.companyId = :c order by c.code",
                IssueCategory.class).setParameter("c", companyId).getResultList();
    }

    @Override
    public Optional<IssueCategory> byCode(long companyId, String code) {
        return em.createQuery("select c from IssueCategory c where c.companyId = :c and c.code = :code",
                IssueCategory.class).setParameter("c", companyId).setParameter("code", code).getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Map.Entry<IssueCategory, List<DispatchRule>>> withRules(long companyId, String code) {
        List<Object[]> rows = em.createQuery("select c, r from IssueCategory c left join DispatchRule r"
                + " on r.categoryId = c.id where c.companyId = :c and c.code = :code", Object[].class)
                .setParameter("c", companyId).setParameter("code", code).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<DispatchRule> rules = new ArrayList<>();
        rows.stream().map(r -> (DispatchRule) r[1]).filter(java.util.Objects::nonNull).forEach(rules::add);
        return Optional.of(Map.entry((IssueCategory) rows.get(0)[0], rules));
    }

    @Override
    public Optional<IssueCategory> find(long id) {
        return Optional.ofNullable(em.find(IssueCategory.class, id));
    }

    @Override
    public List<DispatchRule> rules(long companyId) {
        return em.createQuery("select r from DispatchRule r where r.companyId = :c order by r.categoryId, r.locationKind",
                DispatchRule.class).setParameter("c", companyId).getResultList();
    }

    @Override
    public List<DispatchRule> rulesOf(long categoryId) {
        return em.createQuery("select r from DispatchRule r where r.categoryId = :c", DispatchRule.class)
                .setParameter("c", categoryId).getResultList();
    }

    @Override
    public Optional<DispatchRule> rule(long id) {
        return Optional.ofNullable(em.find(DispatchRule.class, id));
    }

    @Override
    public void store(IssueCategory category) {
        em.persist(category);
    }

    @Override
    public void store(DispatchRule rule) {
        em.persist(rule);
    }

    @Override
    public void remove(DispatchRule rule) {
        em.remove(rule);
    }
}
