package org.estatedesk.organisation;

import java.util.List;
import java.util.Optional;

public interface OrgUnitRepository {
    Optional<OrgUnit> find(long id);

    Optional<OrgUnit> findByCode(String code);

    /** The whole tree, parents before children. */
    List<OrgUnit> findAll();

    List<OrgUnit> findCompanies();

    /** The companies in which the caller holds a data scope (all of them for a group administrator). */
    List<OrgUnit> findCompanies(org.estatedesk.shared.DataScope scope);

    boolean hasChildren(long id);

    boolean isReferenced(long id);

    OrgUnit store(OrgUnit unit);

    void remove(OrgUnit unit);
}
