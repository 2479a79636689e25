package org.estatedesk.servicedesk;

import java.util.List;
import org.estatedesk.shared.Roles;

/**
 * Where the dispatch table sends a task (R1.3), and who supervises it there (R1.4): the front desk dispatches to a
 * department's supervisors, never to a worker. EXTERNAL tasks are recorded and forwarded to an outside provider.
 */
public enum Department {
    CS_ASSISTANT(List.of(Roles.CS_SUPERVISOR, Roles.CS_MANAGER), Roles.CS_MANAGER, List.of(Roles.CS_ASSISTANT)),
    ENGINEERING(List.of(Roles.ENGINEERING_SUPERVISOR, Roles.ENGINEERING_MANAGER), Roles.ENGINEERING_MANAGER,
            List.of(Roles.TECHNICIAN)),
    SECURITY(List.of(Roles.SECURITY_MANAGER), Roles.SECURITY_MANAGER, List.of()),
    ENVIRONMENT(List.of(Roles.ENVIRONMENT_MANAGER), Roles.ENVIRONMENT_MANAGER, List.of()),
    FINANCE(List.of(Roles.FINANCE), Roles.FINANCE, List.of()),
    EXTERNAL(List.of(Roles.CS_SUPERVISOR, Roles.CS_MANAGER), Roles.CS_MANAGER, List.of(Roles.CS_ASSISTANT));

    private final List<String> supervisorRoles;
    private final String managerRole;
    private final List<String> workerRoles;

    Department(List<String> supervisorRoles, String managerRole, List<String> workerRoles) {
        this.supervisorRoles = supervisorRoles;
        this.managerRole = managerRole;
        this.workerRoles = workerRoles;
    }

    /** The roles of the people who do this department's work (besides its supervisors, who may do it too). */
    public List<String> workerRoles() {
        return workerRoles;
    }

    /** Whether a holder of these roles works in or supervises this department. */
    public boolean staffedBy(java.util.Collection<String> roles) {
        return roles.stream().anyMatch(r -> workerRoles.contains(r) || supervisorRoles.contains(r));
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
