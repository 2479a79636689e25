package org.estatedesk.organisation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.Validation;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.RuleViolationException;

/** The organisation tree (R0.1): group → region → company → department; only a leaf can be deleted. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.STAFF})
public class OrganisationService {
    @Inject
    OrgUnitRepository units;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @RolesAllowed(Roles.STAFF)
    public List<OrgUnit> tree() {
        return units.findAll();
    }

    /** The companies the caller may work in (R0.6); a group administrator gets all of them. */
    @RolesAllowed(Roles.STAFF)
    public List<OrgUnit> companies() {
        return units.findCompanies(caller.scope());
    }

    /** Whether the caller sees the whole group (a group administrator, R0.6): he publishes for all companies. */
    @RolesAllowed(Roles.STAFF)
    public boolean callerSeesTheGroup() {
        return caller.scope().groupWide();
    }

    @RolesAllowed(Roles.ADMIN)
    public OrgUnit addUnit(long parentId, OrgUnitKind kind, String code, String name, String nameEn) {
        requireGroupAdmin();
        OrgUnit parent = units.find(parentId).orElseThrow(() -> new NotFoundException("org", parentId));
        if (units.findByCode(code).isPresent()) {
            throw new ConflictException("error.org.codeExists", code);
        }
        OrgUnit child = units.store(validation.check(parent.addChild(kind, code, name, nameEn)));
        log.record("ORG_CREATE", "org", child.getId(), kind + " " + code + " " + name, child.getCompanyId());
        return child;
    }

    @RolesAllowed(Roles.ADMIN)
    public OrgUnit rename(long id, String name, String nameEn, Integer version) {
        requireGroupAdmin();
        OrgUnit unit = units.find(id).orElseThrow(() -> new NotFoundException("org", id));
        unit.checkVersion(version);
        String before = unit.getName();
        unit.rename(name, nameEn);
        validation.check(unit);
        log.record("ORG_RENAME", "org", id, before + " -> " + name, unit.getCompanyId());
        return unit;
    }

    @RolesAllowed(Roles.ADMIN)
    public void delete(long id) {
        requireGroupAdmin();
        OrgUnit unit = units.find(id).orElseThrow(() -> new NotFoundException("org", id));
        if (unit.getParentId() == null) {
            throw new ConflictException("error.org.root");
        }
        if (units.hasChildren(id)) {
            throw new ConflictException("error.org.notLeaf", unit.getCode());
        }
        if (units.isReferenced(id)) {
            throw new ConflictException("error.org.inUse", unit.getCode());
        }
        units.remove(unit);
        log.record("ORG_DELETE", "org", id, unit.getKind() + " " + unit.getCode(), unit.getCompanyId());
    }

    private void requireGroupAdmin() {
        if (!caller.scope().groupWide()) {
            throw new AccessDeniedException("error.org.groupAdminOnly");
        }
    }
}
