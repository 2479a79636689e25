package org.estatedesk.servicedesk;

import java.util.List;
import org.estatedesk.security.Roles;

/**
 * Where the dispatch table sends a task (R1.3), and who supervises it there (R1.4): the front desk dispatches to a
 * department's supervisors, never to a worker. EXTERNAL tasks are recorded and forwarded to an outside provider.
 */
public enum Department {
    CS_ASSISTANT(List.of(Roles.CS_SUPERVISOR, Roles.CS_MANAGER), Roles.CS_MANAGER),
    ENGINEERING(List.of(Roles.ENGINEERING_SUPERVISOR, Roles.ENGINEERING_MANAGER), Roles.ENGINEERING_MANAGER),
    SECURITY(List.of(Roles.SECURITY_MANAGER), Roles.SECURITY_MANAGER),
    ENVIRONMENT(List.of(Roles.ENVIRONMENT_MANAGER), Roles.ENVIRONMENT_MANAGER),
    FINANCE(List.of(Roles.FINANCE), Roles.FINANCE),
    EXTERNAL(List.of(Roles.CS_SUPERVISOR, Roles.CS_MANAGER), Roles.CS_MANAGER);

    private final List<String> supervisorRoles;
    private final String managerRole;

    Department(List<String> supervisorRoles, String managerRole) {
        this.supervisorRoles = supervisorRoles;
        this.managerRole = managerRole;
    }

    /** The roles whose holders receive and assign this department's tasks. */
    public List<String> supervisorRoles() {
        return supervisorRoles;
    }

    /** The role that receives an emergency directly. */
    public String managerRole() {
        return managerRole;
    }
}
