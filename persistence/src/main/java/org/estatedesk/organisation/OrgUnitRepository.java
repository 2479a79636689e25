package org.estatedesk.organisation;

import java.util.List;
import java.util.Optional;

public interface OrgUnitRepository {
    Optional<OrgUnit> find(long id);

    Optional<OrgUnit> findByCode(String code);

    /** The whole tree, parents before children. */
    List<OrgUnit> findAll();

    List<OrgUnit> findCompanies();

    boolean hasChildren(long id);

    boolean isReferenced(long id);

    OrgUnit store(OrgUnit unit);

    void remove(OrgUnit unit);
}
