package org.estatedesk.estates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.estatedesk.organisation.EstateCompanies;

/** The estates capability's answer to organisation's {@link EstateCompanies}: an estate's company, by primary key. */
@ApplicationScoped
public class EstateCompaniesOfEstates implements EstateCompanies {
    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Override
    public Optional<Long> companyOf(long estateId) {
        return Optional.ofNullable(em.find(Estate.class, estateId)).map(Estate::getCompanyId);
    }
}
