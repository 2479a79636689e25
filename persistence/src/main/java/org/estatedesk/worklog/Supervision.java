package org.estatedesk.worklog;

import java.util.Objects;
import java.util.Set;
import org.estatedesk.shared.Roles;

/**
 * Who reviews whose work log (R6.4), kept simple on the organisation model as it is: a user belongs to one company
 * and at most one department ({@code app_user.department_id}). A supervisor — CS supervisor or manager, engineering
 * supervisor or manager — reviews the other users of his own department; a group or company administrator reviews
 * anyone of the companies he sees (decided by the query's scope). Nobody reviews his own log.
 */
public final class Supervision {
    public static final Set<String> SUPERVISOR_ROLES = Set.of(Roles.CS_SUPERVISOR, Roles.CS_MANAGER,
            Roles.ENGINEERING_SUPERVISOR, Roles.ENGINEERING_MANAGER);

    private Supervision() {
    }

    /** Whether a supervisor (not an administrator) may review the user: same company, same department, not himself. */
    public static boolean mayReview(long reviewerId, Long reviewerCompany, Long reviewerDepartment,
            Set<String> reviewerRoles, long userId, Long userCompany, Long userDepartment) {
        if (reviewerId == userId) {
            return false;
        }
        if (reviewerRoles.contains(Roles.ADMIN)) {
            return true;
        }
        return reviewerRoles.stream().anyMatch(SUPERVISOR_ROLES::contains) && reviewerCompany != null
                && reviewerCompany.equals(userCompany) && reviewerDepartment != null
                && Objects.equals(reviewerDepartment, userDepartment);
    }
}
