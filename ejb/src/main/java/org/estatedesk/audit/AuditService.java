package org.estatedesk.audit;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.estatedesk.estates.Building;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.estates.Unit;
import org.estatedesk.organisation.BusinessParameter;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.owners.Owner;
import org.estatedesk.security.AppUser;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.OperationLogEntry;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/** Searching the operation log and reading the change history of master data (R0.8). */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.AUDITOR, Roles.CS_MANAGER})
public class AuditService {
    /** The record types whose history can be asked for, by the name used in URLs and pages. */
    public static final Map<String, Class<?>> HISTORY_TYPES = Map.of("owner", Owner.class, "unit", Unit.class,
            "estate", Estate.class, "building", Building.class, "org", OrgUnit.class, "user", AppUser.class,
            "parameter", BusinessParameter.class);

    @Inject
    OperationLogRepository log;

    @Inject
    ChangeHistoryRepository history;

    @Inject
    CallerContext caller;

    @Inject
    CompanyZones zones;

    @Inject
    OwnerRepository owners;

    @Inject
    UnitRepository units;

    @Inject
    EstateRepository estates;

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.CS_MANAGER})
    public Page<OperationLogEntry> searchLog(OperationLogQuery query, int offset, int size) {
        if (size < 1 || size > 10_000 || offset < 0) {
            throw new RuleViolationException("error.size", "size", 10_000);
        }
        return log.search(query, caller.scope(), offset, size);
    }

    /** The names of the records the lines found are about, by "type:id" (a unit's code, an owner's name …). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.CS_MANAGER})
    public Map<String, String> targetNames(List<OperationLogEntry> lines) {
        return log.targetNames(lines);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.CS_MANAGER})
    public List<ChangeRecord> history(String type, long id) {
        Class<?> entity = HISTORY_TYPES.get(type);
        if (entity == null) {
            throw new RuleViolationException("error.history.type", "type", type);
        }
        DataScope scope = caller.scope();
        boolean visible = switch (type) {
            case "owner" -> owners.find(id, scope).isPresent();
            case "unit" -> units.find(id, scope).isPresent();
            case "estate" -> estates.find(id, scope).isPresent();
            default -> scope.groupWide();
        };
        if (!visible) {
            throw new NotFoundException(type, id);
        }
        return history.historyOf(entity, id, zones.zone(caller.companyId()));
    }
}
