package org.estatedesk.servicedesk;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.estatedesk.shared.Roles;

/** Which departments a user supervises, from his roles (R1.4). */
final class ServiceDeskRoles {
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
