package org.estatedesk.servicedesk;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.estatedesk.security.Roles;

/** Who does what at the service desk; the constants feed {@code @RolesAllowed}. */
final class ServiceDeskRoles {
    /** The front desk and CS staff who take requests, split them and call back (R1.1, R1.7). */
    static final String[] DESK = {Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK,
        Roles.CS_ASSISTANT};

    private ServiceDeskRoles() {
    }

    /** The departments whose tasks a holder of these roles supervises (R1.4). */
    static Set<Department> supervisedBy(Predicate<String> hasRole) {
        Set<Department> result = EnumSet.noneOf(Department.class);
        for (Department d : Department.values()) {
            if (hasRole.test(Roles.ADMIN) || d.supervisorRoles().stream().anyMatch(hasRole)) {
                result.add(d);
            }
        }
        return result;
    }
}
