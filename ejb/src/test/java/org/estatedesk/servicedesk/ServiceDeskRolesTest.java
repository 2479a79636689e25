package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.estatedesk.shared.Roles;
import org.junit.jupiter.api.Test;

/** Who supervises which department's tasks (R1.4): by role, the administrator all of them. */
class ServiceDeskRolesTest {
    private static Set<Department> of(String... roles) {
        return ServiceDeskRoles.supervisedBy(Set.of(roles)::contains);
    }

    @Test
    void anAdministratorSupervisesEveryDepartment() {
        assertEquals(EnumSet.allOf(Department.class), of(Roles.ADMIN));
    }

    @Test
    void theCustomerServiceManagerSupervisesTheDeskAndExternalTasks() {
        assertEquals(EnumSet.of(Department.CS_ASSISTANT, Department.EXTERNAL), of(Roles.CS_MANAGER));
        assertEquals(EnumSet.of(Department.CS_ASSISTANT, Department.EXTERNAL), of(Roles.CS_SUPERVISOR));
    }

    @Test
    void eachManagerSupervisesHisOwnDepartment() {
        assertEquals(EnumSet.of(Department.ENGINEERING), of(Roles.ENGINEERING_MANAGER));
        assertEquals(EnumSet.of(Department.ENGINEERING), of(Roles.ENGINEERING_SUPERVISOR));
        assertEquals(EnumSet.of(Department.SECURITY), of(Roles.SECURITY_MANAGER));
        assertEquals(EnumSet.of(Department.ENVIRONMENT), of(Roles.ENVIRONMENT_MANAGER));
        assertEquals(EnumSet.of(Department.FINANCE), of(Roles.FINANCE));
    }

    @Test
    void workersAndTheFrontDeskSuperviseNothing() {
        for (String role : new String[] {Roles.TECHNICIAN, Roles.FRONT_DESK, Roles.CS_ASSISTANT, Roles.AUDITOR,
            Roles.STAFF}) {
            assertEquals(Set.of(), of(role), role);
        }
        assertEquals(Set.of(), of());
    }

    @Test
    void rolesAddUp() {
        assertEquals(EnumSet.of(Department.ENGINEERING, Department.FINANCE),
                of(Roles.ENGINEERING_MANAGER, Roles.FINANCE, Roles.TECHNICIAN));
    }
}
