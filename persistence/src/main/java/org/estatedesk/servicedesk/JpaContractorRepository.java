package org.estatedesk.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaContractorRepository implements ContractorRepository {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public List<Contractor> ofCompany(long companyId) {
        return em.createQuery("select c from Contractor c where c.companyId = :c order by c.name", Contractor.class)
                .setParameter("c", companyId).getResultList();
    }

    @Override
    public Optional<Contractor> find(long id) {
        return Optional.ofNullable(em.find(Contractor.class, id));
    }

    @Override
    public List<ContractorScope> scopesOf(long contractorId) {
        return em.createQuery("select s from ContractorScope s where s.contractorId = :c order by s.estateId, s.id",
                ContractorScope.class).setParameter("c", contractorId).getResultList();
    }

    @Override
    public List<ContractorScope> scopesInEstate(long estateId) {
        return em.createQuery("select s from ContractorScope s where s.estateId = :e", ContractorScope.class)
                .setParameter("e", estateId).getResultList();
    }

    @Override
    public Optional<ContractorScope> scope(long id) {
        return Optional.ofNullable(em.find(ContractorScope.class, id));
    }

    @Override
    public List<Task> completedInWarranty(long contractorId, OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("select t from Task t where t.contractorId = :c and t.inWarranty = true"
                + " and t.completedAt >= :from and t.completedAt < :to order by t.completedAt", Task.class)
                .setParameter("c", contractorId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void store(Contractor contractor) {
        em.persist(contractor);
    }

    @Override
    public void store(ContractorScope scope) {
        em.persist(scope);
    }

    @Override
    public void remove(ContractorScope scope) {
        em.remove(scope);
    }
}
